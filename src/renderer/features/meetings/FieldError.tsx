import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors';

/** Which input keys of a form an error points at: `endsAt` -> the end input, `startsAt` -> date and start… */
export type FieldMap = Record<string, readonly string[]>;

/** The input keys the failing field maps to (the field itself when the map does not name it). */
export function inputsFor(error: AppError | null, map: FieldMap = {}): readonly string[] {
  if (!error?.field) return [];
  const key = error.field.split('.')[0];
  return map[key] ?? [key];
}

/** aria attributes for an input, from the form's last error. */
export function invalidProps(
  error: AppError | null,
  input: string,
  map: FieldMap = {},
  errorId = `${input}-error`,
): { 'aria-invalid'?: true; 'aria-describedby'?: string } {
  return inputsFor(error, map).includes(input) ? { 'aria-invalid': true, 'aria-describedby': errorId } : {};
}

/** The error's message under the input it concerns (the banner names the field as well). */
export function FieldError({ error, input, map = {}, id = `${input}-error` }: { error: AppError | null; input: string; map?: FieldMap; id?: string }) {
  const { t } = useTranslation('errors');
  if (!error || !inputsFor(error, map).includes(input)) return null;
  const message = (t as unknown as (k: string, o?: Record<string, unknown>) => string)(error.code, { message: error.message, ...error.params });
  return (
    <span id={id} className="field-error" data-testid={`error-${input}`}>
      {message}
    </span>
  );
}
