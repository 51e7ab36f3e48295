import {
  canOnWorkspace,
  parseCurrency,
  parseDay,
  parseMoney,
  parseTeamRole,
  type TeamRole,
  toDecimalString,
} from '@vested/domain';
import { sql } from 'drizzle-orm';
import { revalueForRates } from '../../economics/rollup-rates';
import { errorsFrom, type ImportKind, rowsOf } from '../kind';
import { personLookup } from '../lookups';

type Owner = { line: number; level: string; role: string | null; from_date: string; person: string | null };
const ownerWords = (r: Owner) =>
  r.level === 'person'
    ? `${r.person}'s rate`
    : r.level === 'role'
      ? `The ${r.role} rate`
      : 'The default rate';
const sameOwner = sql.raw(`c.level = s.level and c.person_id is not distinct from s.person_id
  and c.role is not distinct from s.role and c.from_date = s.from_date`);

/**
 * Cost rates → hourly rates of a person, of a team role, or the workspace default (a row with neither),
 * each effective from its date; the labor they value is revalued in the same transaction. A rate
 * already there with the same amount is skipped, another amount is refused.
 */
export const costRates: ImportKind = {
  name: 'cost_rates',
  label: 'Cost rates',
  mayImport: (actor) => canOnWorkspace(actor, 'manageEconomics'),

  async prepare(tx, _actor, { dateOrder }) {
    const people = await personLookup(tx);
    return (f, show) => {
      let person: { id: string; name: string } | null = null;
      if (f.person) {
        const found = people.find(f.person);
        if (!found.ok) return { ok: false, field: 'person', reason: found.reason };
        person = found;
      }
      let role: TeamRole | null = null;
      if (f.role) {
        const parsed = parseTeamRole(f.role);
        if (!parsed.ok) return { ok: false, field: 'role', reason: parsed.reason };
        role = parsed.value;
      }
      if (person && role)
        return {
          ok: false,
          field: 'role',
          reason: 'A rate is of a person or of a role, not both: leave one empty',
        };
      const from = parseDay(f.from ?? '', dateOrder);
      if (!from.ok) return { ok: false, field: 'from', reason: from.reason };
      const currency = parseCurrency(f.currency ?? '');
      if (!currency.ok) return { ok: false, field: 'currency', reason: currency.reason };
      const hourly = parseMoney(f.hourly ?? '', currency.value);
      if (!hourly.ok) return { ok: false, field: 'hourly', reason: hourly.reason };
      const level = person ? 'person' : role ? 'role' : 'workspace';
      return {
        ok: true,
        staged: [level, person?.id ?? null, role, from.value, hourly.value, currency.value],
        ...(show && {
          shown: {
            level,
            person: person?.name ?? null,
            role,
            from: from.value,
            hourly: toDecimalString(hourly.value, currency.value),
            currency: currency.value,
          },
        }),
      };
    };
  },

  staging: [
    ['level', 'text'],
    ['person_id', 'uuid'],
    ['role', 'text'],
    ['from_date', 'date'],
    ['hourly_minor', 'bigint'],
    ['currency', 'text'],
  ],

  async check(w) {
    await errorsFrom<Owner & { first_line: number }>(
      w,
      sql`select d.line, d.level, d.role, d.from_date::text as from_date, d.first_line, p.name as person from (
          select s.*, min(line) over (partition by level, person_id, role, from_date) as first_line
          from import_rows s) d left join people p on p.id = d.person_id
        where d.line <> d.first_line`,
      'from',
      (r) => `${ownerWords(r)} from ${r.from_date} is also on line ${r.first_line}`,
    );
    await errorsFrom<
      Owner & { hourly_minor: unknown; currency: string; old_minor: unknown; old_currency: string }
    >(
      w,
      sql`select s.line, s.level, s.role, s.from_date::text as from_date, p.name as person, s.hourly_minor, s.currency,
          c.hourly_minor as old_minor, c.currency as old_currency
        from import_rows s join cost_rates c on ${sameOwner} left join people p on p.id = s.person_id
        where c.hourly_minor <> s.hourly_minor or c.currency <> s.currency`,
      'hourly',
      (r) =>
        `${ownerWords(r)} from ${r.from_date} is already ${toDecimalString(Number(r.old_minor), r.old_currency)} ` +
        `${r.old_currency}; this file says ${toDecimalString(Number(r.hourly_minor), r.currency)} ${r.currency}. ` +
        'Change it in the economics settings, or undo the import that set it',
    );
  },

  async write(w) {
    const [gone] = rowsOf<{ n: unknown }>(
      await w.tx.execute(sql`with gone as (delete from import_rows s using cost_rates c where ${sameOwner} returning 1)
        select count(*) as n from gone`),
    );
    const [left] = rowsOf<{ n: unknown }>(await w.tx.execute(sql`select count(*) as n from import_rows`));
    await w.tx.execute(sql`insert into cost_rates (level, person_id, role, from_date, hourly_minor, currency, import_id)
      select level, person_id, role, from_date, hourly_minor, currency, ${w.importId}::uuid from import_rows`);
    await revalueForRates(w.tx, sql`select level, person_id, role, from_date from import_rows`);
    return { written: Number(left?.n ?? 0), skipped: Number(gone?.n ?? 0) };
  },

  async undo(tx, importId) {
    await tx.execute(sql`create temporary table import_undone (level text, person_id uuid, role text, from_date date)
      on commit drop`);
    await tx.execute(sql`with gone as (delete from cost_rates where import_id = ${importId}
        returning level, person_id, role, from_date)
      insert into import_undone select * from gone`);
    await revalueForRates(tx, sql`select level, person_id, role, from_date from import_undone`);
    const [row] = rowsOf<{ n: unknown }>(await tx.execute(sql`select count(*) as n from import_undone`));
    return Number(row?.n ?? 0);
  },
};
