import { useState } from 'react';
import type { z } from 'zod';
import { isApiError } from './api';

export type FieldErrors = Record<string, string>;

/** The first message per field path (`name`, `tags.0`) of a failed zod parse. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_form';
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}

/** The error of a field, or of any of its items (`tags` shows `tags.0`). */
export function fieldError(errors: FieldErrors, field: string): string | undefined {
  if (errors[field]) return errors[field];
  const key = Object.keys(errors).find((k) => k.startsWith(`${field}.`));
  return key ? errors[key] : undefined;
}

/** Move focus to the first invalid input of the form once React has rendered the errors. */
export function focusFirstError(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => {
    form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
}

/** Form values and errors; `set` clears the error of the field it changes. */
export function useFormState<T extends Record<string, unknown>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = <K extends keyof T & string>(key: K, value: T[K]) => {
    setValues((prev) => ({ ...prev, [key]: value }));
    setErrors((prev) => {
      if (!Object.keys(prev).some((k) => k === key || k.startsWith(`${key}.`))) return prev;
      return Object.fromEntries(Object.entries(prev).filter(([k]) => k !== key && !k.startsWith(`${key}.`)));
    });
  };
  const reset = (next: T) => {
    setValues(next);
    setErrors({});
  };
  return { values, setValues, errors, setErrors, set, reset };
}

/** Show a 400's field errors beside the fields; true when the error was of that kind. */
export function applyServerFieldErrors(
  error: unknown,
  setErrors: (errors: FieldErrors) => void,
  form: HTMLFormElement | null,
): boolean {
  if (isApiError(error, 400) && error.fields && Object.keys(error.fields).length > 0) {
    setErrors(error.fields);
    focusFirstError(form);
    return true;
  }
  return false;
}

/** Only the keys whose value differs from the initial one (for PATCH bodies). */
export function changedFields<T extends Record<string, unknown>>(initial: T, current: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(current) as (keyof T)[]) {
    if (JSON.stringify(initial[key]) !== JSON.stringify(current[key])) out[key] = current[key];
  }
  return out;
}

/** A 400 whose messages are shown beside the fields (so no separate alert is needed). */
export function isFieldError(error: unknown): boolean {
  return isApiError(error, 400) && !!error.fields && Object.keys(error.fields).length > 0;
}
