import type { IsoDate } from '../dates';
import { latestReadings } from './cement';
import { activeOn, type ContactFacts, deciders, type Reading } from './vocabulary';

export const DEFAULT_TOUCH_DAYS = 45;
export const DEFAULT_READING_DAYS = 90;

/** One of our people holding the relationship with a contact. */
export type OwnerFacts = { contactId: string; personId: string; lastTouchOn: IsoDate | null };

export type CoverageGap =
  | { kind: 'decider_without_owner'; contactId: string }
  | { kind: 'decider_not_touched'; contactId: string; lastTouchOn: IsoDate | null; days: number | null }
  | { kind: 'decider_without_reading'; contactId: string; lastReadingOn: IsoDate | null; days: number | null }
  | { kind: 'no_champion' }
  | { kind: 'single_threaded'; personId: string };
export type CoverageGapKind = CoverageGap['kind'];

export type CoverageOptions = { touchDays?: number; readingDays?: number };

export function ageInDays(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Where the account's relationships are thin, among the contacts active on `today`:
 * - a decision maker or economic buyer with no owner on our side;
 * - … whose last touch (the latest of any owner's) is more than `touchDays` ago, or never;
 * - … whose latest satisfaction reading is more than `readingDays` ago, or missing;
 * - no champion at all: nobody with the attitude `champion` nor the decision role `champion`
 *   (a coach who sells for us inside counts as much as a fan);
 * - the whole relationship resting on one of our people: every owned contact is owned by the same person.
 * Exactly N days ago is still covered; N + 1 is a gap.
 */
export function coverageGaps(
  contacts: readonly ContactFacts[],
  owners: readonly OwnerFacts[],
  readings: readonly Reading[],
  today: IsoDate,
  opts: CoverageOptions = {},
): CoverageGap[] {
  const touchDays = opts.touchDays ?? DEFAULT_TOUCH_DAYS;
  const readingDays = opts.readingDays ?? DEFAULT_READING_DAYS;
  const active = contacts.filter((c) => activeOn(c, today));
  const activeIds = new Set(active.map((c) => c.id));
  const latest = latestReadings(readings, today);
  // Each contact's owners looked up, not searched for: an account of 2,000 contacts has hundreds of deciders.
  const ownersOf = new Map<string, OwnerFacts[]>();
  for (const o of owners) {
    const list = ownersOf.get(o.contactId);
    if (list) list.push(o);
    else ownersOf.set(o.contactId, [o]);
  }
  const gaps: CoverageGap[] = [];

  for (const c of active) {
    if (!c.decisionRole || !deciders.includes(c.decisionRole)) continue;
    const mine = ownersOf.get(c.id) ?? [];
    if (mine.length === 0) gaps.push({ kind: 'decider_without_owner', contactId: c.id });
    const touches = mine.map((o) => o.lastTouchOn).filter((d): d is IsoDate => d !== null);
    const lastTouchOn = touches.sort().at(-1) ?? null;
    const touchAge = lastTouchOn === null ? null : ageInDays(lastTouchOn, today);
    if (touchAge === null || touchAge > touchDays)
      gaps.push({ kind: 'decider_not_touched', contactId: c.id, lastTouchOn, days: touchAge });
    const lastReadingOn = latest.get(c.id)?.takenOn ?? null;
    const readingAge = lastReadingOn === null ? null : ageInDays(lastReadingOn, today);
    if (readingAge === null || readingAge > readingDays)
      gaps.push({ kind: 'decider_without_reading', contactId: c.id, lastReadingOn, days: readingAge });
  }

  if (active.length > 0 && !active.some((c) => c.attitude === 'champion' || c.decisionRole === 'champion'))
    gaps.push({ kind: 'no_champion' });

  const holders = new Set(owners.filter((o) => activeIds.has(o.contactId)).map((o) => o.personId));
  if (holders.size === 1) gaps.push({ kind: 'single_threaded', personId: [...holders][0]! });
  return gaps;
}
