import { canOnWorkspace, parseCurrency, parseMoney, parseMonth, toDecimalString } from '@vested/domain';
import { sql } from 'drizzle-orm';
import { applyEntriesInBulk, importSelection } from '../../economics/rollup-bulk';
import { auditPerAccount } from '../audit';
import { errorsFrom, type ImportKind, rowsOf } from '../kind';
import { accountLookup } from '../lookups';

const lineKey = sql.raw(`l.account_id = r.account_id and l.month = r.month and l.kind = r.kind
  and l.currency = r.currency`);
const words = { revenue: 'revenue', delivery_cost: 'delivery cost' } as const;
type Line = { line: number; kind: keyof typeof words; month: string; currency: string; name: string };

/**
 * Monthly returns → one return line per account × month × kind × currency (revenue and delivery cost
 * may share a row of the file). A line already in Vested with the same amount is skipped; with another
 * amount the row is refused rather than overwritten — an import only ever adds, so undoing it can only
 * ever remove, and figures someone entered by hand are never silently replaced.
 */
export const monthlyReturns: ImportKind = {
  name: 'monthly_returns',
  label: 'Monthly revenue and delivery cost',
  // The books are finance's: the same people who may record returns on any account.
  mayImport: (actor) => canOnWorkspace(actor, 'manageEconomics'),

  async prepare(tx, actor, { dateOrder, today }) {
    const accounts = await accountLookup(tx, actor, 'recordReturns', today);
    return (f, show) => {
      const account = accounts.find(f.account ?? '');
      if (!account.ok) return { ok: false, field: 'account', reason: account.reason };
      const month = parseMonth(f.month ?? '', dateOrder);
      if (!month.ok) return { ok: false, field: 'month', reason: month.reason };
      const currency = parseCurrency(f.currency ?? '');
      if (!currency.ok) return { ok: false, field: 'currency', reason: currency.reason };
      let revenue: number | null = null;
      let cost: number | null = null;
      if (f.revenue) {
        const parsed = parseMoney(f.revenue, currency.value, { allowNegative: true });
        if (!parsed.ok) return { ok: false, field: 'revenue', reason: parsed.reason };
        revenue = parsed.value;
      }
      if (f.deliveryCost) {
        const parsed = parseMoney(f.deliveryCost, currency.value, { allowNegative: true });
        if (!parsed.ok) return { ok: false, field: 'deliveryCost', reason: parsed.reason };
        cost = parsed.value;
      }
      if (revenue === null && cost === null)
        return { ok: false, field: 'revenue', reason: 'Give revenue, delivery cost or both' };
      return {
        ok: true,
        staged: [account.id, month.value, currency.value, revenue, cost],
        ...(show && {
          shown: {
            account: account.name,
            month: month.value,
            currency: currency.value,
            revenue: revenue === null ? null : toDecimalString(revenue, currency.value),
            deliveryCost: cost === null ? null : toDecimalString(cost, currency.value),
          },
        }),
      };
    };
  },

  staging: [
    ['account_id', 'uuid'],
    ['month', 'text'],
    ['currency', 'text'],
    ['revenue', 'bigint'],
    ['delivery_cost', 'bigint'],
  ],

  async check(w) {
    await w.tx.execute(sql`create temporary table import_lines on commit drop as
      select line, account_id, month, 'revenue'::text as kind, currency, revenue as amount
        from import_rows where revenue is not null
      union all
      select line, account_id, month, 'delivery_cost', currency, delivery_cost
        from import_rows where delivery_cost is not null`);
    const field = (r: Line) => (r.kind === 'revenue' ? 'revenue' : 'deliveryCost');
    await errorsFrom<Line & { first_line: number }>(
      w,
      sql`select d.line, d.kind, d.month, d.currency, d.first_line, a.name from (
          select l.*, min(line) over (partition by account_id, month, kind, currency) as first_line
          from import_lines l) d join accounts a on a.id = d.account_id
        where d.line <> d.first_line`,
      field,
      (r) =>
        `${a(words[r.kind])} of ${r.month} in ${r.currency} for ${r.name} is also on line ${r.first_line}`,
    );
    await errorsFrom<Line & { amount: unknown; existing: unknown }>(
      w,
      sql`select l.line, l.kind, l.month, l.currency, l.amount, r.amount_minor as existing, a.name
        from import_lines l join monthly_returns r on ${lineKey} join accounts a on a.id = l.account_id
        where r.amount_minor <> l.amount`,
      field,
      (r) =>
        `${r.name} already has ${words[r.kind]} of ${toDecimalString(Number(r.existing), r.currency)} ${r.currency} ` +
        `for ${r.month}; this file says ${toDecimalString(Number(r.amount), r.currency)}. Change it on the ` +
        "account's Economics tab, or undo the import that wrote it",
    );
  },

  async write(w) {
    const [gone] = rowsOf<{ n: unknown }>(
      await w.tx.execute(sql`with gone as (delete from import_lines l using monthly_returns r
          where ${lineKey} and r.amount_minor = l.amount returning 1)
        select count(*) as n from gone`),
    );
    const [left] = rowsOf<{ n: unknown }>(await w.tx.execute(sql`select count(*) as n from import_lines`));
    await w.tx.execute(sql`insert into monthly_returns (account_id, month, kind, amount_minor, currency, import_id)
      select account_id, month, kind, amount, currency, ${w.importId}::uuid from import_lines`);
    await applyEntriesInBulk(w.tx, importSelection(w.importId), 1);
    await auditPerAccount(w.tx, {
      actorUserId: w.actor.userId,
      importId: w.importId,
      action: 'imported',
      perAccount: sql`select account_id, jsonb_build_object('file', ${w.fileName}::text, 'returnLines', count(*))
        as changes from import_lines group by account_id`,
    });
    return { written: Number(left?.n ?? 0), skipped: Number(gone?.n ?? 0) };
  },

  async undo(tx, importId, actorUserId) {
    await auditPerAccount(tx, {
      actorUserId,
      importId,
      action: 'undone',
      perAccount: sql`select account_id, jsonb_build_object('returnLines', count(*)) as changes
        from monthly_returns where import_id = ${importId} group by account_id`,
    });
    await applyEntriesInBulk(tx, importSelection(importId), -1);
    const [gone] = rowsOf<{ n: unknown }>(
      await tx.execute(sql`with gone as (delete from monthly_returns where import_id = ${importId} returning 1)
        select count(*) as n from gone`),
    );
    return Number(gone?.n ?? 0);
  },
};

/** 'revenue' → 'Revenue'. */
function a(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
