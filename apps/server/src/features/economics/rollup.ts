import {
  type IsoDate,
  monthOf,
  type TeamRole,
  toMicroHours,
  unvaluedCurrency,
  valueLaborEntry,
} from '@vested/domain';
import type { Db } from '../../db/client';
import type { investments, monthlyReturns } from '../../db/schema';
import { addToRollup, costRatesFor, holdRatesStill, type RateBook } from './rollup-store';

/**
 * What every writer of investments and monthly returns calls, in its own transaction, once with the
 * entry as it was (sign −1) and once as it is (sign +1): the rollup follows every insert, update and
 * delete. The storage rules (exact labor values, conversion) are in rollup-store.ts, rate changes in
 * rollup-rates.ts.
 */
export { reconvertAll, reconvertMonth, revalueLabor } from './rollup-rates';
export { RateBook } from './rollup-store';

type InvestmentRow = Pick<
  typeof investments.$inferSelect,
  'accountId' | 'kind' | 'date' | 'amountMinor' | 'currency' | 'personId' | 'role' | 'hours'
>;
type ReturnRow = Pick<
  typeof monthlyReturns.$inferSelect,
  'accountId' | 'month' | 'kind' | 'amountMinor' | 'currency'
>;

export async function applyInvestment(
  tx: Db,
  book: RateBook,
  row: InvestmentRow,
  sign: 1 | -1,
): Promise<void> {
  if (row.kind === 'labor') {
    const entry = {
      personId: row.personId!,
      role: row.role as TeamRole | null,
      date: row.date as IsoDate,
      hours: Number(row.hours),
    };
    await holdRatesStill(tx);
    const value = valueLaborEntry(entry, await costRatesFor(tx, row.personId, row.role));
    const key = {
      accountId: row.accountId,
      month: monthOf(entry.date),
      kind: 'labor',
      personId: entry.personId,
    };
    await addToRollup(
      tx,
      book,
      { ...key, currency: value?.currency ?? unvaluedCurrency },
      {
        amount: 0,
        microHours: sign * Number(toMicroHours(entry.hours)),
        entries: sign,
        costMicro: BigInt(sign) * (value?.micro ?? 0n),
      },
    );
    return;
  }
  await addToRollup(
    tx,
    book,
    {
      accountId: row.accountId,
      month: monthOf(row.date),
      kind: row.kind,
      currency: row.currency!,
      personId: row.personId,
    },
    { amount: sign * row.amountMinor!, microHours: 0, entries: sign },
  );
}

export async function applyReturn(tx: Db, book: RateBook, row: ReturnRow, sign: 1 | -1): Promise<void> {
  await addToRollup(
    tx,
    book,
    { accountId: row.accountId, month: row.month, kind: row.kind, currency: row.currency, personId: null },
    { amount: sign * row.amountMinor, microHours: 0, entries: sign },
  );
}
