import type { ErrorBody } from '@vested/contracts';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

type Code = ErrorBody['error']['code'];

/** An error a use case throws on purpose; the handler below turns it into the one error shape. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: Code,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new HttpError(404, 'not_found', `${what} not found`);
export const forbidden = (message = 'You are not allowed to do this') =>
  new HttpError(403, 'forbidden', message);
export const unauthenticated = (message = 'Sign in to continue') =>
  new HttpError(401, 'unauthenticated', message);
export const staleVersion = () =>
  new HttpError(
    409,
    'stale_version',
    'Someone else changed this record after you opened it. Reload to see their changes, then edit again.',
  );
export const conflict = (message: string, fields?: Record<string, string>) =>
  new HttpError(409, 'conflict', message, fields);
export const ruleBroken = (message: string, fields?: Record<string, string>) =>
  new HttpError(422, 'rule_broken', message, fields);
export const invalid = (message: string, fields?: Record<string, string>) =>
  new HttpError(400, 'validation_failed', message, fields);

/** PostgreSQL's own error code, whether the driver (pg or PGlite) or Drizzle's wrapper carries it. */
export function pgCode(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e && depth < 3; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const send = (status: number, error: ErrorBody['error']) => reply.code(status).send({ error });

    if (err instanceof HttpError) {
      return send(err.status, {
        code: err.code,
        message: err.message,
        ...(err.fields && { fields: err.fields }),
      });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields: Record<string, string> = {};
      for (const issue of err.validation) {
        const key = issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || '_';
        fields[key] ??= issue.message ?? 'Invalid value';
      }
      return send(400, { code: 'validation_failed', message: 'Some fields are not valid', fields });
    }
    if (err.statusCode === 429) {
      return send(429, { code: 'rate_limited', message: 'Too many attempts. Wait a minute and try again.' });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      // Fastify's own client errors: malformed JSON, unsupported media type, body too large.
      return send(err.statusCode, { code: 'validation_failed', message: err.message });
    }
    const code = pgCode(err);
    if (code === '23505')
      return send(409, { code: 'conflict', message: 'A record with these values already exists' });
    if (code === '23503')
      return send(422, { code: 'rule_broken', message: 'A referenced record does not exist' });
    req.log.error({ err }, 'unhandled error');
    return send(500, { code: 'internal', message: 'Something went wrong on our side. It has been logged.' });
  });
}
