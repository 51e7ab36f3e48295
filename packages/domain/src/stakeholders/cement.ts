import type { IsoDate } from '../dates';
import { activeOn, type ContactFacts, type DecisionRole, type Reading } from './vocabulary';

/** A reading at or above this score (of 10) means "satisfied". Configurable per call. */
export const DEFAULT_SATISFIED_AT = 7;

/**
 * How much a decision role multiplies a contact's influence in weighted cement. The decision centre
 * counts three times, those who sway or stop a decision twice, everyone else once:
 *   weight = influence (1–5) × role factor
 * so a decision maker of influence 5 (15) outweighs fifteen users of influence 1.
 */
export const roleFactors: Record<DecisionRole, number> = {
  decision_maker: 3,
  economic_buyer: 3,
  influencer: 2,
  champion: 2,
  blocker: 2,
  technical_evaluator: 1,
  gatekeeper: 1,
  user: 1,
};

export function contactWeight(contact: Pick<ContactFacts, 'influence' | 'decisionRole'>): number {
  return contact.influence * (contact.decisionRole ? roleFactors[contact.decisionRole] : 1);
}

/** The latest reading of each contact taken on or before `day` (ties on a day: the later in the list). */
export function latestReadings(readings: readonly Reading[], day: IsoDate): Map<string, Reading> {
  const latest = new Map<string, Reading>();
  for (const r of readings) {
    if (r.takenOn > day) continue;
    const seen = latest.get(r.contactId);
    if (!seen || r.takenOn >= seen.takenOn) latest.set(r.contactId, r);
  }
  return latest;
}

/** What cement is made of, as sums that add up across accounts (the portfolio adds them). */
export type CementCounts = {
  /** Active contacts on the day: the denominator. A contact with no reading yet counts as not satisfied. */
  active: number;
  withReading: number;
  satisfied: number;
  /** Σ weight of the active contacts, and of the satisfied among them. */
  weight: number;
  weightSatisfied: number;
};

export type Cement = {
  active: number;
  withReading: number;
  satisfied: number;
  /** satisfied / active, 0..1; null when there is no active contact. */
  share: number | null;
  /** Σ weight of satisfied / Σ weight of active, 0..1; null when there is no active contact. */
  weightedShare: number | null;
};

/** The counts behind cement on `day`, from the contacts' latest readings as of that day. */
export function cementCounts(
  contacts: readonly ContactFacts[],
  readings: readonly Reading[],
  day: IsoDate,
  satisfiedAt = DEFAULT_SATISFIED_AT,
): CementCounts {
  const latest = latestReadings(readings, day);
  const counts: CementCounts = { active: 0, withReading: 0, satisfied: 0, weight: 0, weightSatisfied: 0 };
  for (const c of contacts) {
    if (!activeOn(c, day)) continue;
    const w = contactWeight(c);
    counts.active += 1;
    counts.weight += w;
    const r = latest.get(c.id);
    if (!r) continue;
    counts.withReading += 1;
    if (r.score >= satisfiedAt) {
      counts.satisfied += 1;
      counts.weightSatisfied += w;
    }
  }
  return counts;
}

/** Shares from counts (of one account, or summed over a portfolio). */
export function cementFromCounts(c: CementCounts): Cement {
  return {
    active: c.active,
    withReading: c.withReading,
    satisfied: c.satisfied,
    share: c.active === 0 ? null : c.satisfied / c.active,
    weightedShare: c.weight === 0 ? null : c.weightSatisfied / c.weight,
  };
}

/** Cement of an account on `day`, from the contacts' latest readings as of that day. */
export function cement(
  contacts: readonly ContactFacts[],
  readings: readonly Reading[],
  day: IsoDate,
  satisfiedAt = DEFAULT_SATISFIED_AT,
): Cement {
  return cementFromCounts(cementCounts(contacts, readings, day, satisfiedAt));
}
