import type { z } from 'zod';
import { isApiError } from '../../lib/api';
import { type FieldErrors, focusFirstError, zodFieldErrors } from '../../lib/forms';

/**
 * Field errors keyed by the form's field names. Money travels as `{ amount, currency }`, so the API
 * and the contracts name `amount.amount`; the form has one amount field for it.
 */
export function formFieldErrors(errors: FieldErrors, rename: Record<string, string> = {}): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, message] of Object.entries(errors)) {
    const field = rename[key] ?? key.split('.')[0] ?? key;
    if (!(field in out)) out[field] = message;
  }
  return out;
}

export function zodFormErrors(error: z.ZodError, rename?: Record<string, string>): FieldErrors {
  return formFieldErrors(zodFieldErrors(error), rename);
}

/** A 400 (bad input) or 422 (a rule) that names fields: show them beside the fields. */
export function applyApiFieldErrors(
  error: unknown,
  setErrors: (errors: FieldErrors) => void,
  form: HTMLFormElement | null,
  rename?: Record<string, string>,
): boolean {
  if (
    (isApiError(error, 400) || isApiError(error, 422)) &&
    error.fields &&
    Object.keys(error.fields).length > 0
  ) {
    setErrors(formFieldErrors(error.fields, rename));
    focusFirstError(form);
    return true;
  }
  return false;
}

export function hasApiFieldErrors(error: unknown): boolean {
  return (
    (isApiError(error, 400) || isApiError(error, 422)) &&
    !!error.fields &&
    Object.keys(error.fields).length > 0
  );
}
