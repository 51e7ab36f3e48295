import { addMonths, type IsoMonth, lastDayOf, monthsFromTo, type ValueEventKind } from '@vested/domain';
import type { valueEvents } from '../db/schema';
import { maxDate, minDate } from './dates';
import type { EconomicsPlan } from './demo-economics-plan';
import { localAmount } from './demo-economics-work';
import type { Random } from './prng';

export type ValueEventRow = typeof valueEvents.$inferInsert & { id: string };

/** The director's usual score per kind, and what the event was. */
const kinds: { kind: ValueEventKind; score: number; note: string; worthUsd?: number }[] = [
  { kind: 'award', score: 6, note: 'Shortlisted together for an industry award', worthUsd: 8000 },
  { kind: 'case_study', score: 5, note: 'Published case study with the client’s approval', worthUsd: 5000 },
  { kind: 'referral', score: 4, note: 'The client introduced us to a peer company' },
  { kind: 'joint_talk', score: 3, note: 'Joint talk at a conference with the client’s team' },
  { kind: 'reference', score: 3, note: 'Took a reference call from a prospect' },
  { kind: 'logo_use', score: 2, note: 'Agreed to our use of their logo on the website' },
  { kind: 'other', score: 1, note: 'Quote for our newsletter' },
];

export type EventsInput = {
  accountId: string;
  plan: EconomicsPlan;
  objective: string;
  /** The first month the account could earn an event, and the last complete month. */
  firstMonth: IsoMonth;
  asOf: IsoMonth;
  startedOn: string;
};

/**
 * Value events whose scores add up to the plan's value score over the trailing twelve months (image
 * accounts also earlier, a little less each year back by their growth), on days in those months.
 */
export function buildValueEvents(input: EventsInput, rng: Random, newId: () => string): ValueEventRow[] {
  const { plan, asOf } = input;
  if (!plan.valueScore) return [];
  const rows: ValueEventRow[] = [];
  const years = input.objective === 'image' ? 3 : 1;
  for (let year = 0; year < years; year++) {
    const to = addMonths(asOf, -12 * year);
    const from = maxDate(addMonths(to, -11), input.firstMonth);
    if (from > to) break;
    const months = monthsFromTo(from, to);
    let remaining = Math.round(plan.valueScore / plan.growth ** year);
    while (remaining > 0) {
      const fits = kinds.filter((k) => k.score <= remaining);
      const k = rng.pick(fits);
      remaining -= k.score;
      const month = rng.pick(months);
      const earliest = maxDate(`${month}-01`, input.startedOn);
      const latest = lastDayOf(month);
      const day = minDate(`${month}-${String(rng.int(1, 28)).padStart(2, '0')}`, latest);
      const worth = k.worthUsd && rng.next() < 0.6 ? localAmount(k.worthUsd, plan.currency) : null;
      rows.push({
        id: newId(),
        accountId: input.accountId,
        date: maxDate(day, earliest),
        kind: k.kind,
        score: k.score,
        equivalentMinor: worth,
        equivalentCurrency: worth === null ? null : plan.currency,
        note: k.note,
      });
    }
  }
  return rows;
}
