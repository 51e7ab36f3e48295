import { ErrorBody } from '@vested/contracts';
import type { z } from 'zod';

/** An answer of the API that is not 2xx, in the API's one error shape. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string> | undefined;

  constructor(status: number, code: string, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

let csrfToken: string | null = null;

/** Set from `GET /api/v1/auth/me`; sent back as `x-csrf-token` on every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

export function toQueryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type Options<S extends z.ZodType | undefined> = { query?: Query; body?: unknown; schema?: S };
type Result<S> = S extends z.ZodType ? z.output<S> : unknown;

async function request<S extends z.ZodType | undefined = undefined>(
  method: Method,
  path: string,
  opts: Options<S> = {},
): Promise<Result<S>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(`${path}${toQueryString(opts.query)}`, {
      method,
      credentials: 'same-origin',
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    });
  } catch {
    throw new ApiError(0, 'network', 'The server cannot be reached');
  }

  const text = await response.text();
  let json: unknown = null;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
  }

  if (!response.ok) {
    const parsed = ErrorBody.safeParse(json);
    if (parsed.success) {
      const { code, message, fields } = parsed.data.error;
      throw new ApiError(response.status, code, message, fields);
    }
    throw new ApiError(response.status, 'internal', response.statusText || 'Request failed');
  }
  if (opts.schema) return opts.schema.parse(json) as Result<S>;
  return json as Result<S>;
}

export const api = {
  get: <S extends z.ZodType | undefined = undefined>(path: string, opts?: Omit<Options<S>, 'body'>) =>
    request('GET', path, opts),
  post: <S extends z.ZodType | undefined = undefined>(path: string, body?: unknown, opts?: Options<S>) =>
    request('POST', path, { ...opts, body: body ?? {} }),
  patch: <S extends z.ZodType | undefined = undefined>(path: string, body: unknown, opts?: Options<S>) =>
    request('PATCH', path, { ...opts, body }),
  put: <S extends z.ZodType | undefined = undefined>(path: string, body: unknown, opts?: Options<S>) =>
    request('PUT', path, { ...opts, body }),
  delete: <S extends z.ZodType | undefined = undefined>(path: string, opts?: Options<S>) =>
    request('DELETE', path, opts),
};
