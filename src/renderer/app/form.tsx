import i18next from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../shared/errors';
import { fieldLabel } from '../i18n';

// The form toolkit of every capability: an error of a channel (AppError, whose `field` is the input key
// of the channel, e.g. `endsAt` or `languages.1`) shown next to the control(s) it is about, with
// aria-invalid and aria-describedby; the banner (run(call, ns)) shows the same error naming the field.
//
// Two ways to use it:
// - <Field>: label (with the required mark), the control, a hint and the error, for one control;
// - invalidProps(...) + <FieldError>: for forms laid out by hand, where one field key of the channel
//   may be shown by several inputs (a FieldMap: `startsAt` -> the date and the start time).

/** Which input keys of a form an error points at: `endsAt` -> the end input, `startsAt` -> date and start… */
export type FieldMap = Record<string, readonly string[]>;

/** The input keys the failing field maps to (the field itself when the map does not name it). */
export function inputsFor(error: AppError | null | undefined, map: FieldMap = {}): readonly string[] {
  if (!error?.field) return [];
  const key = error.field.split('.')[0];
  return map[key] ?? [key];
}

/** The error when it is about `input` (e.g. `languages.1` is about `languages`). */
export const errorOn = (error: AppError | null | undefined, input: string, map: FieldMap = {}): AppError | undefined =>
  error && inputsFor(error, map).includes(input) ? error : undefined;

/**
 * The translated message of an error, without the field name (the field's label is next to it).
 * `capitalize` when it stands as a sentence of its own.
 */
export function errorMessage(error: AppError, { capitalize = false }: { capitalize?: boolean } = {}): string {
  const t = i18next.t as unknown as (k: string, o?: Record<string, unknown>) => string;
  const s = t(`errors:${error.code}`, { message: error.message, ...error.params });
  return capitalize ? s.charAt(0).toLocaleUpperCase(i18next.language) + s.slice(1) : s;
}

/** aria attributes for an input, from the form's last error. */
export function invalidProps(
  error: AppError | null | undefined,
  input: string,
  map: FieldMap = {},
  errorId = `${input}-error`,
): { 'aria-invalid'?: true; 'aria-describedby'?: string } {
  return errorOn(error, input, map) ? { 'aria-invalid': true, 'aria-describedby': errorId } : {};
}

/** The error's message under the input it concerns (nothing when the error is about another input). */
export function FieldError({
  error,
  input,
  map = {},
  id = `${input}-error`,
  capitalize = false,
}: {
  error: AppError | null | undefined;
  input: string;
  map?: FieldMap;
  id?: string;
  capitalize?: boolean;
}) {
  useTranslation('errors'); // shown again in the new language when it changes
  const about = errorOn(error, input, map);
  if (!about) return null;
  return (
    <span id={id} className="field-error" data-testid={`error-${input}`}>
      {errorMessage(about, { capitalize })}
    </span>
  );
}

/** The props <Field> gives its control. */
export interface ControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
  required?: boolean;
}

/**
 * One form field: a real <label> (the `fields.<name>` of `ns`, or `label`), the control, a hint, and the
 * error about `name` (capitalized: it stands on its own line) with aria-invalid/aria-describedby.
 */
export function Field(props: {
  id: string;
  /** The input key of the channel (and of `map`). */
  name: string;
  /** The locale namespace of the label. */
  ns: string;
  label?: ReactNode;
  error?: AppError | null;
  map?: FieldMap;
  hint?: ReactNode;
  required?: boolean;
  wide?: boolean;
  children: (p: ControlProps) => ReactNode;
}) {
  const { id, name, ns, hint, required, wide, map, children } = props;
  const error = errorOn(props.error, name, map);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error && errorId, hint && hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${wide ? ' wide' : ''}`} data-field={name}>
      <label htmlFor={id}>
        {props.label ?? fieldLabel(name, ns)}
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
      <FieldError error={props.error} input={name} map={map} id={errorId} capitalize />
    </div>
  );
}

/** Moves focus to the control of the field at fault (id `<prefix>-<key>`), if it is on the page. */
export function focusField(prefix: string, error: AppError): void {
  const key = error.field?.split('.')[0];
  if (!key) return;
  document.getElementById(`${prefix}-${key}`)?.focus();
}
