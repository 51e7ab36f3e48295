import {
  type AccountSummary,
  cementFromCounts,
  csatFromCounts,
  type IsoDate,
  npsFromCounts,
  summarizeAccount,
} from '@vested/domain';
import { eq, getTableColumns, inArray, notExists, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { contacts, stakeholderAccountFigures as figures } from '../../db/schema';
import { byAccount, loadMapFacts, type MapFacts } from './map-facts';

type FiguresRow = typeof figures.$inferInsert;

/** Never touched or never read sorts first, as the earliest day there is. */
const NEVER = '-infinity';
const datesForSql = (days: (IsoDate | null)[]) => days.map((d) => d ?? NEVER).sort();

function summaryOf(facts: MapFacts, today: IsoDate): AccountSummary {
  return summarizeAccount(facts.contacts, facts.readings, facts.owners, facts.answers, today);
}

export function figuresRow(accountId: string, s: AccountSummary, now: Date): FiguresRow {
  const cement = cementFromCounts(s.counts);
  return {
    accountId,
    asOf: s.asOf,
    contacts: s.counts.active,
    withReading: s.counts.withReading,
    satisfied: s.counts.satisfied,
    weight: s.counts.weight,
    weightSatisfied: s.counts.weightSatisfied,
    cement: cement.share,
    weightedCement: cement.weightedShare,
    npsPromoters: s.nps.promoters,
    npsPassives: s.nps.passives,
    npsDetractors: s.nps.detractors,
    nps: npsFromCounts(s.nps).score,
    csatAnswers: s.csat.answers,
    csatSatisfied: s.csat.satisfied,
    csat: csatFromCounts(s.csat).share,
    gapsFixed: s.coverage.fixed,
    deciderLastTouch: datesForSql(s.coverage.deciderLastTouch),
    deciderLastReading: datesForSql(s.coverage.deciderLastReading),
    trend: s.trend,
    updatedAt: now.toISOString(),
  };
}

/** On conflict, every column but the key takes the new value. */
const everyColumn = Object.fromEntries(
  Object.entries(getTableColumns(figures))
    .filter(([key]) => key !== 'accountId')
    .map(([key, column]) => [key, sql.raw(`excluded."${column.name}"`)]),
);

/**
 * Rewrite the portfolio summary of one account from its whole map, in the transaction of the change that
 * calls it (every writer of contacts, owners, readings and pulse answers does, after its own change). The
 * lock makes two writers of one account take turns here, so the second one reads the first one's change:
 * without it both could summarize a map missing the other's change, and the later write would win.
 */
export async function refreshAccountSummary(tx: Db, accountId: string, now: Date, today: IsoDate) {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`stakeholder_summary:${accountId}`}, 0))`,
  );
  const facts = await loadMapFacts(tx, eq(contacts.accountId, accountId));
  await tx
    .insert(figures)
    .values(figuresRow(accountId, summaryOf(facts, today), now))
    .onConflictDoUpdate({ target: figures.accountId, set: everyColumn });
}

/** Summaries for many accounts at once (loaded together, split in memory), as rows to store. */
export async function summarizeAccounts(
  db: Db,
  accountIds: readonly string[],
  now: Date,
  today: IsoDate,
): Promise<FiguresRow[]> {
  if (accountIds.length === 0) return [];
  const facts = byAccount(await loadMapFacts(db, inArray(contacts.accountId, [...accountIds])));
  return [...facts].map(([accountId, f]) => figuresRow(accountId, summaryOf(f, today), now));
}

/**
 * Summarize every account that has contacts but no summary: maps written before the summary existed, or
 * loaded straight into the tables (the demo, a benchmark). Run at start-up; returns how many it wrote.
 * A summary written meanwhile by a change wins over this one.
 */
export async function fillMissingSummaries(db: Db, now: Date, today: IsoDate): Promise<number> {
  const missing = await db
    .selectDistinct({ accountId: contacts.accountId })
    .from(contacts)
    .where(notExists(db.select().from(figures).where(eq(figures.accountId, contacts.accountId))));
  let written = 0;
  for (let i = 0; i < missing.length; i += 500) {
    const ids = missing.slice(i, i + 500).map((m) => m.accountId);
    const rows = await summarizeAccounts(db, ids, now, today);
    for (let j = 0; j < rows.length; j += 200) {
      await db
        .insert(figures)
        .values(rows.slice(j, j + 200))
        .onConflictDoNothing();
    }
    written += rows.length;
  }
  return written;
}
