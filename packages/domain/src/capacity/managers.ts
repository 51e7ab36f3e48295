import type { IsoDate } from '../dates';
import { addDays } from '../economics/calendar';

/** One person's time as the account manager of an account (both days included; open `to` = still). */
export type ManagerStint = { id?: string; personId: string; from: IsoDate; to: IsoDate | null };

const END = '9999-12-31';
const overlaps = (a: ManagerStint, b: ManagerStint) => a.from <= (b.to ?? END) && b.from <= (a.to ?? END);

/**
 * Exactly one account manager per account at a time: the stint of `history` that shares a day with
 * `candidate`, or null when none does. A stint with the candidate's id is the candidate itself (an edit).
 */
export function managerOverlap(
  history: readonly ManagerStint[],
  candidate: ManagerStint,
): ManagerStint | null {
  return (
    history.find((s) => (candidate.id === undefined || s.id !== candidate.id) && overlaps(s, candidate)) ??
    null
  );
}

/** In words, for the person refused: who holds the role and when. */
export function managerOverlapMessage(holder: { name: string; from: IsoDate; to: IsoDate | null }): string {
  const until = holder.to === null ? 'with no end date' : `until ${holder.to}`;
  return `An account has one account manager at a time: ${holder.name} holds the role from ${holder.from} ${until}. End that period first, or ask for a hand-over.`;
}

export type HandOverPlan = {
  /** Stints that end yesterday. */
  end: { id: string; to: IsoDate }[];
  /** Stints that began today and so never really ran: removed, not ended. */
  remove: string[];
  /** The incoming stint, from today; null when the role is left empty. */
  start: ManagerStint | null;
};

/**
 * The hand-over of the role: whoever holds it today stops yesterday (or, if they only started today,
 * disappears), and the next person starts today. The caller checks the result with `managerOverlap`, so
 * a stint dated after today (which the API never creates) makes the hand-over fail rather than overlap.
 */
export function planHandOver(
  history: readonly (ManagerStint & { id: string })[],
  nextPersonId: string | null,
  today: IsoDate,
): HandOverPlan {
  const yesterday = addDays(today, -1);
  const current = history.filter((s) => s.from <= today && (s.to === null || s.to >= today));
  return {
    end: current.filter((s) => s.from < today).map((s) => ({ id: s.id, to: yesterday })),
    remove: current.filter((s) => s.from === today).map((s) => s.id),
    start: nextPersonId === null ? null : { personId: nextPersonId, from: today, to: null },
  };
}

/** The history after a plan is applied, to check it with `managerOverlap`. */
export function applyHandOver(
  history: readonly (ManagerStint & { id: string })[],
  plan: HandOverPlan,
): ManagerStint[] {
  const ends = new Map(plan.end.map((e) => [e.id, e.to]));
  const kept = history
    .filter((s) => !plan.remove.includes(s.id))
    .map((s) => (ends.has(s.id) ? { ...s, to: ends.get(s.id)! } : s));
  return plan.start ? [...kept, plan.start] : kept;
}
