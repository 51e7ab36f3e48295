import { randomUUID } from 'node:crypto';
import { firstDayOf, type IsoMonth, monthOf, addMonths as shiftMonth } from '@vested/domain';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { costRates, economicsSettings, exchangeRates, valueEvents } from '../db/schema';
import { rebuildRollup } from '../features/economics/rollup-bulk';
import { addMonths, maxDate, minDate } from './dates';
import { demoAccounts } from './demo-accounts';
import type { DemoRows } from './demo-build';
import { buildValueEvents, type ValueEventRow } from './demo-economics-events';
import { demoEconomicsSettings, economicsPlans } from './demo-economics-plan';
import { buildDemoRates, type DemoRates } from './demo-economics-rates';
import { buildReturns, investedByMonth, type ReturnRow } from './demo-economics-returns';
import { buildWork, type InvestmentRow } from './demo-economics-work';
import { demoPeople } from './demo-people';
import { mulberry32 } from './prng';

export type EconomicsRows = Pick<DemoRates, 'costRateRows' | 'exchangeRateRows'> & {
  investments: InvestmentRow[];
  returns: ReturnRow[];
  valueEvents: ValueEventRow[];
};

/** Three years of history: the economics of an account older than that start three years ago. */
const HISTORY_MONTHS = 36;
/** A seed of its own, so that the economics do not shift when the rest of the demo draws differently. */
const SEED = 20_170_530;

/**
 * The economics of every demo account (see demo-economics-plan.ts for what each should show), built
 * on the teams of `demo`: hours of each seat at the cost rates, trips, returns, value events.
 */
export function buildDemoEconomics(
  today: string,
  demo: DemoRows,
  newId: () => string = randomUUID,
): EconomicsRows {
  const rng = mulberry32(SEED);
  const historyStart = firstDayOf(monthOf(addMonths(today, -HISTORY_MONTHS)));
  const asOf: IsoMonth = shiftMonth(monthOf(today), -1);
  const personIdByName = new Map(demo.people.map((p) => [p.name, p.id]));
  const personId = (key: string) => {
    const id = personIdByName.get(demoPeople.find((p) => p.key === key)?.name ?? '');
    if (!id) throw new Error(`Demo economics names an unknown person "${key}"`);
    return id;
  };
  const rates = buildDemoRates(today, historyStart, rng, personId);
  const rows: EconomicsRows = {
    costRateRows: rates.costRateRows,
    exchangeRateRows: rates.exchangeRateRows,
    investments: [],
    returns: [],
    valueEvents: [],
  };
  for (const a of demoAccounts) {
    const account = demo.accounts.find((r) => r.name === a.name);
    const plan = economicsPlans[a.key];
    if (!account?.startedOn || !plan) throw new Error(`No economics plan for the demo account "${a.key}"`);
    const startedOn = account.startedOn;
    const closedOn = a.closedMonthsAgo ? addMonths(today, -a.closedMonthsAgo) : null;
    const from = maxDate(startedOn, historyStart);
    const work = buildWork(
      {
        accountId: account.id,
        plan,
        seats: demo.memberships.filter((m) => m.accountId === account.id),
        from,
        to: closedOn ?? today,
        startedOn,
        pausedFrom: a.status === 'paused' ? addMonths(today, -4) : null,
      },
      rng,
      newId,
    );
    const firstMonth = monthOf(from);
    const firstReturn = monthOf(addMonths(startedOn, plan.firstReturnAfter ?? 2));
    rows.investments.push(...work);
    rows.returns.push(
      ...buildReturns(
        {
          accountId: account.id,
          plan,
          firstMonth: maxDate(firstReturn, firstMonth),
          lastMonth: closedOn ? minDate(monthOf(closedOn), asOf) : asOf,
          asOf,
          invested: investedByMonth(work, rates.costs, rates.rates),
        },
        rates.rates,
        rng,
        newId,
      ),
    );
    rows.valueEvents.push(
      ...buildValueEvents(
        {
          accountId: account.id,
          plan,
          objective: a.objective,
          firstMonth,
          asOf,
          startedOn: minDate(from, today),
        },
        rng,
        newId,
      ),
    );
  }
  return rows;
}

/** Rows as one JSON parameter per few thousand: far fewer round trips than a bound value per column. */
async function insertJson(
  tx: Db,
  table: string,
  columns: Record<string, string>,
  rows: object[],
): Promise<void> {
  const names = sql.raw(Object.keys(columns).join(', '));
  const typed = sql.raw(
    Object.entries(columns)
      .map(([name, type]) => `${name} ${type}`)
      .join(', '),
  );
  for (let i = 0; i < rows.length; i += 5000) {
    const chunk = JSON.stringify(rows.slice(i, i + 5000));
    await tx.execute(sql`insert into ${sql.raw(table)} (${names})
      select ${names} from json_to_recordset(${chunk}::json) as x(${typed})`);
  }
}

/**
 * Writes the economics in the demo's transaction: settings and rates first, then the entries, then the
 * rollup built from them by the set-based writer (rollup-bulk.ts) — exact, and checkRollup() clean.
 */
export async function loadDemoEconomics(
  tx: Db,
  rows: EconomicsRows,
): Promise<{ entries: number; returns: number }> {
  await tx.insert(economicsSettings).values({ id: 1, ...demoEconomicsSettings });
  await tx.insert(costRates).values(rows.costRateRows);
  await tx.insert(exchangeRates).values(rows.exchangeRateRows);
  await insertJson(
    tx,
    'investments',
    {
      id: 'uuid',
      account_id: 'uuid',
      kind: 'text',
      date: 'date',
      amount_minor: 'bigint',
      currency: 'text',
      person_id: 'uuid',
      role: 'text',
      hours: 'numeric',
      note: 'text',
    },
    rows.investments.map((r) => ({
      id: r.id,
      account_id: r.accountId,
      kind: r.kind,
      date: r.date,
      amount_minor: r.amountMinor ?? null,
      currency: r.currency ?? null,
      person_id: r.personId ?? null,
      role: r.role ?? null,
      hours: r.hours ?? null,
      note: r.note ?? null,
    })),
  );
  await insertJson(
    tx,
    'monthly_returns',
    { id: 'uuid', account_id: 'uuid', month: 'text', kind: 'text', currency: 'text', amount_minor: 'bigint' },
    rows.returns.map((r) => ({
      id: r.id,
      account_id: r.accountId,
      month: r.month,
      kind: r.kind,
      currency: r.currency,
      amount_minor: r.amountMinor,
    })),
  );
  if (rows.valueEvents.length > 0) await tx.insert(valueEvents).values(rows.valueEvents);
  // The workspace held no entries before: building the rollup from all of them is the quickest exact way.
  await rebuildRollup(tx);
  return { entries: rows.investments.length, returns: rows.returns.length };
}
