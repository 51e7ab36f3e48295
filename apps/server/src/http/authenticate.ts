import type { Actor } from '@vested/domain';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/client';
import { apiTokens, sessions, users } from '../db/schema';
import { HttpError, unauthenticated } from './errors';
import { sha256 } from './secrets';
import { cachedSession, forgetEpoch, rememberSession } from './session-cache';

export const SESSION_COOKIE = 'vested_session';
export const CSRF_HEADER = 'x-csrf-token';

export type SignedIn = Actor & {
  email: string;
  name: string;
  locale: 'en' | 'ru';
  via: 'session' | 'token';
  sessionId: string | null;
  csrfToken: string | null;
};

declare module 'fastify' {
  interface FastifyRequest {
    signedIn: SignedIn | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const userColumns = {
  userId: users.id,
  role: users.role,
  personId: users.personId,
  email: users.email,
  name: users.name,
  locale: users.locale,
};

async function fromSession(db: Db, cookie: string, now: Date): Promise<SignedIn | null> {
  const id = sha256(cookie);
  const [row] = await db
    .select({ ...userColumns, csrfToken: sessions.csrfToken })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now.toISOString()), eq(users.active, true)))
    .limit(1);
  return row ? { ...row, via: 'session', sessionId: id } : null;
}

async function fromToken(db: Db, secret: string, now: Date): Promise<SignedIn | null> {
  const [row] = await db
    .select({ ...userColumns, tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, sha256(secret)), isNull(apiTokens.revokedAt), eq(users.active, true)))
    .limit(1);
  if (!row) return null;
  // Record use at most once a minute: a write per request would cost more than the request.
  if (!row.lastUsedAt || now.getTime() - Date.parse(row.lastUsedAt) > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: now.toISOString() }).where(eq(apiTokens.id, row.tokenId));
  }
  const { tokenId: _t, lastUsedAt: _l, ...user } = row;
  return { ...user, via: 'token', sessionId: null, csrfToken: null };
}

/**
 * Who is calling, from the session cookie or a bearer token. Runs on every /api/v1 request before
 * validation, so an anonymous caller learns nothing about the shape of a request it may not make.
 * Cookie-authenticated writes must carry the session's CSRF token in a header (double submit).
 */
export function installAuthentication(
  app: FastifyInstance,
  db: Db,
  clock: () => Date,
  publicRoutes: ReadonlySet<string>,
): void {
  app.decorateRequest('signedIn', null);
  app.addHook('onRequest', async (req) => {
    const authorization = req.headers.authorization;
    if (authorization?.startsWith('Bearer ')) {
      req.signedIn = await fromToken(db, authorization.slice(7).trim(), clock());
      if (!req.signedIn) throw unauthenticated('The API token is not valid or has been revoked');
      return;
    }
    const cookie = req.cookies[SESSION_COOKIE];
    const reading = SAFE_METHODS.has(req.method);
    const cached = cookie && reading ? cachedSession(sha256(cookie)) : null;
    const epoch = forgetEpoch();
    req.signedIn = cached ?? (cookie ? await fromSession(db, cookie, clock()) : null);
    if (req.signedIn && !cached) rememberSession(req.signedIn, epoch);
    if (publicRoutes.has(req.routeOptions.url ?? '')) return;
    if (!req.signedIn) throw unauthenticated();
    if (!SAFE_METHODS.has(req.method) && req.headers[CSRF_HEADER] !== req.signedIn.csrfToken) {
      throw new HttpError(403, 'forbidden', 'Missing or wrong CSRF token; reload the page and try again');
    }
  });
}

/** The first step of every protected route: the caller, known to be signed in. */
export function actorOf(req: FastifyRequest): SignedIn {
  if (!req.signedIn) throw unauthenticated();
  return req.signedIn;
}
