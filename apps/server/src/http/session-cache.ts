import cluster from 'node:cluster';
import type { SignedIn } from './authenticate';

/**
 * Reads may trust a session looked up in the last few seconds, which saves a database round trip on
 * most requests; writes always ask the database. Whatever ends or narrows a session on this server
 * (sign-out, deactivation, a role or password change) forgets it here at once, and in every worker
 * process of this server (VESTED_WORKERS; the cluster's primary relays the message); on other app
 * servers a read may still pass for at most TTL_MS. Use cases forget after their transaction commits
 * (before it, a concurrent read could cache the old row again).
 */
const TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;
const entries = new Map<string, { at: number; who: SignedIn }>();
/**
 * Moves on every forget. A session read from the database is remembered only if nothing was forgotten
 * since the read began: a read that started before a role change or a deactivation committed could
 * otherwise finish after the forget and put the old user back for TTL_MS.
 */
let forgets = 0;

/** Take this before reading a session from the database; hand it to `rememberSession`. */
export function forgetEpoch(): number {
  return forgets;
}

export function cachedSession(sessionId: string): SignedIn | null {
  const hit = entries.get(sessionId);
  if (!hit) return null;
  if (Date.now() - hit.at > TTL_MS) {
    entries.delete(sessionId);
    return null;
  }
  return hit.who;
}

export function rememberSession(who: SignedIn, epoch: number): void {
  if (!who.sessionId || epoch !== forgets) return;
  if (entries.size >= MAX_ENTRIES) entries.clear();
  entries.set(who.sessionId, { at: Date.now(), who });
}

type Forget = { sessionId: string } | { userId: string };
type ForgetMessage = { vestedForget: Forget };

function forget(what: Forget): void {
  forgets += 1;
  if ('sessionId' in what) entries.delete(what.sessionId);
  else for (const [id, hit] of entries) if (hit.who.userId === what.userId) entries.delete(id);
}

function forgetEverywhere(what: Forget): void {
  forget(what);
  if (cluster.isWorker) process.send?.({ vestedForget: what } satisfies ForgetMessage);
}

export function forgetSession(sessionId: string): void {
  forgetEverywhere({ sessionId });
}

export function forgetUserSessions(userId: string): void {
  forgetEverywhere({ userId });
}

export function isForgetMessage(message: unknown): message is ForgetMessage {
  return typeof message === 'object' && message !== null && 'vestedForget' in message;
}

if (cluster.isWorker) {
  process.on('message', (message) => {
    if (isForgetMessage(message)) forget(message.vestedForget);
  });
}
