import { canOnWorkspace, parseCurrency, parseMonth, parseRate } from '@vested/domain';
import { sql } from 'drizzle-orm';
import { loadSettingsRow } from '../../economics/settings';
import { errorsFrom, type ImportKind, rowsOf } from '../kind';
import { reconvertPairs } from '../rates-rollup';

/**
 * Exchange rates → one rate per currency and month; the rollup rows of those months are re-converted in
 * the same transaction. A month that already has the same rate is skipped; another rate is refused
 * (an import only adds; change a rate in the settings, or undo the import that set it).
 */
export const exchangeRates: ImportKind = {
  name: 'exchange_rates',
  label: 'Exchange rates',
  mayImport: (actor) => canOnWorkspace(actor, 'manageEconomics'),

  async prepare(tx, _actor, { dateOrder }) {
    const { baseCurrency } = await loadSettingsRow(tx);
    return (f, show) => {
      const currency = parseCurrency(f.currency ?? '');
      if (!currency.ok) return { ok: false, field: 'currency', reason: currency.reason };
      if (currency.value === baseCurrency)
        return {
          ok: false,
          field: 'currency',
          reason: `${baseCurrency} is the base currency: its rate is always 1`,
        };
      const month = parseMonth(f.month ?? '', dateOrder);
      if (!month.ok) return { ok: false, field: 'month', reason: month.reason };
      const rate = parseRate(f.rate ?? '');
      if (!rate.ok) return { ok: false, field: 'rate', reason: rate.reason };
      return {
        ok: true,
        staged: [currency.value, month.value, rate.value],
        ...(show && {
          shown: { currency: currency.value, month: month.value, rate: rate.value, base: baseCurrency },
        }),
      };
    };
  },

  staging: [
    ['currency', 'text'],
    ['month', 'text'],
    ['rate', 'text'],
  ],

  async check(w) {
    await errorsFrom<{ line: number; currency: string; month: string; first_line: number }>(
      w,
      sql`select line, currency, month, first_line from (
          select line, currency, month, min(line) over (partition by currency, month) as first_line
          from import_rows) d
        where line <> first_line`,
      'month',
      (r) => `A ${r.currency} rate for ${r.month} is also on line ${r.first_line}`,
    );
    await errorsFrom<{
      line: number;
      currency: string;
      month: string;
      rate: string;
      existing: string;
    }>(
      w,
      sql`select s.line, s.currency, s.month, s.rate, e.rate_per_base as existing
        from import_rows s join exchange_rates e on e.currency = s.currency and e.month = s.month
        where e.rate_per_base::numeric <> s.rate::numeric`,
      'rate',
      (r) =>
        `${r.currency} already has the rate ${r.existing} for ${r.month}; this file says ${r.rate}. ` +
        'Change it in the economics settings, or undo the import that set it',
    );
  },

  async write(w) {
    const [gone] = rowsOf<{ n: unknown }>(
      await w.tx.execute(sql`with gone as (delete from import_rows s using exchange_rates e
          where e.currency = s.currency and e.month = s.month returning 1)
        select count(*) as n from gone`),
    );
    const [left] = rowsOf<{ n: unknown }>(await w.tx.execute(sql`select count(*) as n from import_rows`));
    await w.tx.execute(sql`insert into exchange_rates (currency, month, rate_per_base, import_id)
      select currency, month, rate, ${w.importId}::uuid from import_rows`);
    await reconvertPairs(w.tx, sql`select currency, month from import_rows`);
    return { written: Number(left?.n ?? 0), skipped: Number(gone?.n ?? 0) };
  },

  async undo(tx, importId) {
    await tx.execute(sql`create temporary table import_undone (currency text, month text) on commit drop`);
    await tx.execute(sql`with gone as (delete from exchange_rates where import_id = ${importId} returning currency, month)
      insert into import_undone select currency, month from gone`);
    await reconvertPairs(tx, sql`select currency, month from import_undone`);
    const [row] = rowsOf<{ n: unknown }>(await tx.execute(sql`select count(*) as n from import_undone`));
    return Number(row?.n ?? 0);
  },
};
