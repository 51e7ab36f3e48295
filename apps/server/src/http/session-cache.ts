import type { SignedIn } from './authenticate';

/**
 * Reads may trust a session looked up in the last few seconds, which saves a database round trip on
 * most requests; writes always ask the database. Whatever ends or narrows a session on this server
 * (sign-out, deactivation, a role or password change) forgets it here at once; on other app servers
 * a read may still pass for at most TTL_MS.
 */
const TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;
const entries = new Map<string, { at: number; who: SignedIn }>();

export function cachedSession(sessionId: string): SignedIn | null {
  const hit = entries.get(sessionId);
  if (!hit) return null;
  if (Date.now() - hit.at > TTL_MS) {
    entries.delete(sessionId);
    return null;
  }
  return hit.who;
}

export function rememberSession(who: SignedIn): void {
  if (!who.sessionId) return;
  if (entries.size >= MAX_ENTRIES) entries.clear();
  entries.set(who.sessionId, { at: Date.now(), who });
}

export function forgetSession(sessionId: string): void {
  entries.delete(sessionId);
}

export function forgetUserSessions(userId: string): void {
  for (const [id, hit] of entries) if (hit.who.userId === userId) entries.delete(id);
}
