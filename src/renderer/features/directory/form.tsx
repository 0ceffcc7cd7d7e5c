import i18next from 'i18next';
import type { ReactNode } from 'react';
import type { AppError } from '../../../shared/errors';
import { fieldLabel } from '../../i18n';

// Form fields with a real <label>, the field-level error next to the control (aria-invalid and
// aria-describedby), and the same error in the banner (run(call, 'directory')).

/** The translated message of an error, without the field name, capitalized. */
export function fieldMessage(error: AppError): string {
  const t = i18next.t as unknown as (k: string, o?: Record<string, unknown>) => string;
  const s = t(`errors:${error.code}`, { message: error.message, ...error.params });
  return s.charAt(0).toLocaleUpperCase(i18next.language) + s.slice(1);
}

/** The error when it is about `key` (e.g. `languages.1` is about `languages`). */
export const errorOn = (error: AppError | null | undefined, key: string): AppError | undefined =>
  error?.field && error.field.split('.')[0] === key ? error : undefined;

/** The label of a field of the directory namespace. */
export const label = (key: string) => fieldLabel(key, 'directory');

export interface ControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
  required?: boolean;
}

export function Field(props: {
  id: string;
  name: string;
  error?: AppError | null;
  hint?: ReactNode;
  required?: boolean;
  wide?: boolean;
  children: (p: ControlProps) => ReactNode;
}) {
  const { id, name, hint, required, wide, children } = props;
  const error = errorOn(props.error, name);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error && errorId, hint && hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${wide ? ' wide' : ''}`} data-field={name}>
      <label htmlFor={id}>
        {label(name)}
        {required && (
          <span className="required" aria-hidden="true">
            {' *'}
          </span>
        )}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, required })}
      {hint && (
        <span id={hintId} className="hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} className="field-error" data-testid={`error-${name}`}>
          {fieldMessage(error)}
        </span>
      )}
    </div>
  );
}

/** Moves focus to the control of the field at fault, if it is on the page. */
export function focusField(prefix: string, error: AppError): void {
  const key = error.field?.split('.')[0];
  if (!key) return;
  const el = document.getElementById(`${prefix}-${key}`);
  el?.focus();
}
