import type { IsoDate } from '../dates';
import { activeOn, type ContactFacts } from './vocabulary';

/** Round half away from zero: 12.5 → 13 and −12.5 → −13 (Math.round would give −12). */
export function roundHalfAway(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x));
}

export type Nps = {
  answers: number;
  promoters: number; // 9–10
  passives: number; // 7–8
  detractors: number; // 0–6
  /** % promoters − % detractors, −100..100, rounded half away from zero to an integer; null without answers. */
  score: number | null;
};

/** Net Promoter Score of "how likely are you to recommend us" answers on 0–10. */
export function nps(answers: readonly number[]): Nps {
  let promoters = 0;
  let detractors = 0;
  for (const a of answers) {
    if (a >= 9) promoters += 1;
    else if (a <= 6) detractors += 1;
  }
  return npsFromCounts({ promoters, passives: answers.length - promoters - detractors, detractors });
}

/** NPS from counts (of one account, or summed over a portfolio: every answer weighs the same). */
export function npsFromCounts(c: Pick<Nps, 'promoters' | 'passives' | 'detractors'>): Nps {
  const n = c.promoters + c.passives + c.detractors;
  return {
    answers: n,
    ...c,
    score: n === 0 ? null : roundHalfAway(((c.promoters - c.detractors) * 100) / n),
  };
}

export type Csat = {
  answers: number;
  satisfied: number; // 4–5
  /** Share of 4–5 answers on the 1–5 scale, 0..1; null without answers. */
  share: number | null;
};

/** Customer satisfaction: the share of "satisfied" (4) and "very satisfied" (5) answers. */
export function csat(answers: readonly number[]): Csat {
  return csatFromCounts({ answers: answers.length, satisfied: answers.filter((a) => a >= 4).length });
}

export function csatFromCounts(c: Pick<Csat, 'answers' | 'satisfied'>): Csat {
  return { ...c, share: c.answers === 0 ? null : c.satisfied / c.answers };
}

/** One answered pulse: the would-recommend score (0–10) and the satisfaction (1–5), either may be missing. */
export type PulseAnswer = { contactId: string; nps: number | null; csat: number | null };

/**
 * NPS and CSAT count each contact once, by their latest answer, and only contacts active on `day`.
 * `answers` come oldest first, so a later answer replaces an earlier one.
 */
export function latestAnswers(
  contacts: readonly ContactFacts[],
  answers: readonly PulseAnswer[],
  day: IsoDate,
): { nps: number[]; csat: number[] } {
  const current = new Set(contacts.filter((c) => activeOn(c, day)).map((c) => c.id));
  const latestNps = new Map<string, number>();
  const latestCsat = new Map<string, number>();
  for (const a of answers) {
    if (!current.has(a.contactId)) continue;
    if (a.nps !== null) latestNps.set(a.contactId, a.nps);
    if (a.csat !== null) latestCsat.set(a.contactId, a.csat);
  }
  return { nps: [...latestNps.values()], csat: [...latestCsat.values()] };
}
