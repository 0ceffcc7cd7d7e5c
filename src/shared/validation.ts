import type { z } from 'zod';
import { isErrorCode, type AppError } from './errors';

/** The first zod issue as an AppError: a precise code, the field path, and message parameters.
 *  Parse with `{ reportInput: true }` so a missing value can be told from a wrong one. */
export function fromZodError(error: z.ZodError): AppError {
  const issue = error.issues[0];
  const field = issue.path.map(String).join('.') || undefined;
  const base = { message: issue.message, ...(field ? { field } : {}) };
  switch (issue.code) {
    case 'invalid_type':
      return { ...base, code: issue.input === undefined ? 'required' : 'invalid_input' };
    case 'invalid_format':
      return { ...base, code: issue.format === 'email' ? 'invalid_email' : 'invalid_format' };
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return { ...base, code: min <= 1 ? 'required' : 'too_short', params: { min } };
      return { ...base, code: 'too_small', params: { min } };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      return { ...base, code: issue.origin === 'string' ? 'too_long' : 'too_big', params: { max } };
    }
    case 'invalid_value':
    case 'invalid_union':
      return { ...base, code: 'invalid_choice' };
    case 'unrecognized_keys': {
      const key = issue.keys[0];
      return { code: 'unknown_key', message: issue.message, field: field ? `${field}.${key}` : key, params: { key } };
    }
    case 'custom': {
      const code = (issue.params as { code?: string } | undefined)?.code;
      return { ...base, code: code && isErrorCode(code) ? code : 'invalid_input' };
    }
    default:
      return { ...base, code: 'invalid_input' };
  }
}
