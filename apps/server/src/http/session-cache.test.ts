import { describe, expect, it } from 'vitest';
import type { SignedIn } from './authenticate';
import {
  cachedSession,
  forgetEpoch,
  forgetSession,
  forgetUserSessions,
  rememberSession,
} from './session-cache';

const who = (sessionId: string, userId = 'u1'): SignedIn => ({
  userId,
  role: 'director',
  personId: null,
  email: 'd@example.com',
  name: 'Dana',
  locale: 'en',
  via: 'session',
  sessionId,
  csrfToken: 'c',
});

describe('the session cache', () => {
  it('keeps a session read from the database, and forgets it on sign-out', () => {
    rememberSession(who('s1'), forgetEpoch());
    expect(cachedSession('s1')?.name).toBe('Dana');
    forgetSession('s1');
    expect(cachedSession('s1')).toBeNull();
  });

  it('does not keep a row read before a change it was forgotten for, even when the read ends after it', () => {
    // A request starts reading the session; the user's role changes and commits; the read finishes.
    const epoch = forgetEpoch();
    forgetUserSessions('u2');
    rememberSession(who('s2', 'u2'), epoch);
    expect(cachedSession('s2')).toBeNull();
    // The next read, begun after the change, is kept.
    rememberSession(who('s2', 'u2'), forgetEpoch());
    expect(cachedSession('s2')?.userId).toBe('u2');
  });
});
