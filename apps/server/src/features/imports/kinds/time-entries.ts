import { microHoursText, parseDay, parseHours, parseTeamRole, type TeamRole } from '@vested/domain';
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { orderedId, rowIdPrefix } from '../../../db/ordered-ids';
import {
  analyzeImportPartition,
  attachImportPartition,
  createImportPartition,
  dropImportPartition,
  holdImportWriters,
  indexExternalIds,
} from '../../economics/import-partitions';
import { applyEntriesInBulk, importSelection, investmentsOfImport } from '../../economics/rollup-bulk';
import { auditPerAccount } from '../audit';
import { errorsFrom, type ImportKind, rowsOf, type WriteContext } from '../kind';
import { accountLookup, personLookup } from '../lookups';
import { remembered } from '../memo';
import { copyText } from '../staging';

/** Hours as people read them: '1.500000' → '1.5'. */
const shortHours = (text: string) => text.replace(/\.?0+$/, '');
/** An external id without the prefix of its system: 'tempo:48213' → '48213'. */
const bare = (externalId: string) => externalId.slice(externalId.indexOf(':') + 1);

/**
 * The accounts and people an import's rows were found to name, by its transaction: gathered by
 * prepare() as the rows are read, locked by check() (checkReferences).
 */
const namedIn = new WeakMap<Db, { accounts: Set<string>; people: Set<string> }>();

/**
 * Time entries → labor investments (hours of a person on an account on a day). A row without a role
 * takes the person's role on the account's team that day, as an entry typed on the account page does.
 * An entry whose external id (Tempo's worklog id…) is already in Vested is skipped, so overlapping
 * exports add nothing twice.
 */
export const timeEntries: ImportKind = {
  name: 'time_entries',
  label: 'Time entries',
  // Anyone who may lead an account could record its labor; viewers never can.
  mayImport: (actor) => actor.role !== 'viewer',

  async prepare(tx, actor, { dateOrder, preset, today }) {
    const accounts = await accountLookup(tx, actor, 'recordInvestment', today);
    const people = await personLookup(tx);
    const prefix = preset?.externalIdPrefix ?? 'ext';
    const named = { accounts: new Set<string>(), people: new Set<string>() };
    namedIn.set(tx, named);
    // Each distinct text read once (memo.ts): names, days and hours repeat across a large export. Every
    // row staged names an account and a person found here, so these sets hold all the rows name.
    const personOf = remembered((t) => {
      const found = people.find(t);
      if (found.ok) named.people.add(found.id);
      return found;
    });
    const accountOf = remembered((t) => {
      const found = accounts.find(t);
      if (found.ok) named.accounts.add(found.id);
      return found;
    });
    const dayOf = remembered((t) => parseDay(t, dateOrder));
    const hoursOf = remembered((t) => {
      const hours = parseHours(t);
      return hours.ok ? { ok: true as const, text: microHoursText(hours.value) } : hours;
    });
    const roleOf = remembered((t) => parseTeamRole(t));
    return (f, show) => {
      const person = personOf(f.person ?? '');
      if (!person.ok) return { ok: false, field: 'person', reason: person.reason };
      const account = accountOf(f.account ?? '');
      if (!account.ok) return { ok: false, field: 'account', reason: account.reason };
      const date = dayOf(f.date ?? '');
      if (!date.ok) return { ok: false, field: 'date', reason: date.reason };
      const hours = hoursOf(f.hours ?? '');
      if (!hours.ok) return { ok: false, field: 'hours', reason: hours.reason };
      let role: TeamRole | null;
      if (f.role) {
        const parsed = roleOf(f.role);
        if (!parsed.ok) return { ok: false, field: 'role', reason: parsed.reason };
        role = parsed.value;
      } else role = accounts.roleOn(account.id, person.id, date.value);
      const note = f.note || null;
      if (note && note.length > 2000)
        return { ok: false, field: 'note', reason: 'The note is longer than 2,000 characters' };
      const external = f.externalId ? `${prefix}:${f.externalId}` : null;
      if (external && external.length > 200)
        return { ok: false, field: 'externalId', reason: 'The external id is longer than 200 characters' };
      const hoursText = hours.text;
      return {
        ok: true,
        staged: [account.id, person.id, date.value, hoursText, role, note, external],
        ...(show && {
          shown: {
            person: person.name,
            account: account.name,
            date: date.value,
            hours: shortHours(hoursText),
            role,
            note,
            externalId: f.externalId || null,
          },
        }),
      };
    };
  },

  staging: [
    ['account_id', 'uuid'],
    ['person_id', 'uuid'],
    ['date', 'date'],
    ['hours', 'numeric(12,6)'],
    ['role', 'text'],
    ['note', 'text'],
    ['external_id', 'text'],
  ],

  // The rows go straight into the import's own partition of investments (import-partitions.ts), with
  // ids of the import's prefix and the row's line: unique across partitions, as no other import has the
  // prefix. Who created an imported entry is the import's creator (imports.created_by_user_id).
  async stageInto(tx, importId) {
    const table = await createImportPartition(tx, importId);
    // import_rows reads the partition as other kinds read their staging table, the line read back from
    // the id. A temporary view outlives the transaction: write() drops it (a rollback undoes it).
    await tx.execute(sql`create temporary view import_rows as
      select vested_import_row_line(id) as line, account_id, person_id, date, hours, role, note, external_id
      from ${sql.identifier(table)}`);
    const prefix = rowIdPrefix(importId);
    return {
      table,
      columns: ['id', 'kind', 'account_id', 'person_id', 'date', 'hours', 'role', 'note', 'external_id'],
      values: (line, staged) => [orderedId(prefix, line), 'labor', ...staged],
      // Ids, the date, the hours and the role were made by the checker and hold nothing to escape; the
      // note and the external id are the file's own text.
      copyLine: (line, [account, person, date, hours, role, note, external]) =>
        `${orderedId(prefix, line)}\tlabor\t${account}\t${person}\t${date}\t${hours}\t${role ?? '\\N'}\t${copyText(note ?? null)}\t${copyText(external ?? null)}\n`,
    };
  },

  async check(w) {
    // External ids repeated in the file: the partition's unique index on them, built here (and needed
    // anyway), says whether there are any. Only then, or when the file has other errors to report too,
    // are the rows grouped to name each repeat — grouped, not windowed: a hash finds the few repeated
    // ids without sorting a million.
    if (w.errors.count === 0 && (await indexExternalIds(w.tx, w.importId))) return checkReferences(w);
    await errorsFrom<{ line: number; external_id: string; first_line: number }>(
      w,
      sql`select s.line, s.external_id, d.first_line from import_rows s
        join (select external_id, min(line) as first_line from import_rows where external_id is not null
          group by external_id having count(*) > 1) d on d.external_id = s.external_id
        where s.line <> d.first_line`,
      'externalId',
      (r) => `External id ${bare(r.external_id)} is also on line ${r.first_line}`,
    );
    await checkReferences(w);
  },

  async write(w) {
    await holdImportWriters(w.tx);
    // The file's external ids are looked for among those of every other partition, within the file's
    // range (its first and last, read off the index just built): an export of the next weeks or months
    // of a tracker's ids meets only the few near it, not every id ever imported (joining a million
    // imported ids took 1.0 s; within the range, 0.56 s even for ids of mixed lengths, whose text
    // ranges overlap).
    const [range] = rowsOf<{ lo: string | null; hi: string | null }>(
      await w.tx.execute(sql`select min(external_id) as lo, max(external_id) as hi from import_rows`),
    );
    const [gone] = rowsOf<{ n: unknown }>(
      await w.tx.execute(sql`with gone as (delete from import_rows s using investments i
          where s.external_id is not null and i.external_id = s.external_id
            and i.external_id between ${range?.lo ?? ''} and ${range?.hi ?? ''}
          returning 1)
        select count(*) as n from gone`),
    );
    const [left] = rowsOf<{ n: unknown }>(await w.tx.execute(sql`select count(*) as n from import_rows`));
    const written = Number(left?.n ?? 0);
    w.mark?.('skip known external ids');
    if (written > 0) {
      await attachImportPartition(w.tx, w.importId);
      w.mark?.('index and attach');
    }
    // The rollup sums the staged rows: exactly the entries just written.
    await applyEntriesInBulk(
      w.tx,
      { labor: sql`(select account_id, person_id, role, date, hours from import_rows)` },
      1,
      w.mark,
    );
    await auditPerAccount(w.tx, {
      actorUserId: w.actor.userId,
      importId: w.importId,
      action: 'imported',
      perAccount: sql`select account_id, jsonb_build_object('file', ${w.fileName}::text, 'entries', count(*),
          'hours', trim(trailing '.' from trim(trailing '0' from sum(hours)::text))) as changes
        from import_rows group by account_id`,
    });
    w.mark?.('audit');
    await w.tx.execute(sql`drop view import_rows`);
    if (written === 0) await dropImportPartition(w.tx, w.importId);
    return { written, skipped: Number(gone?.n ?? 0) };
  },

  async undo(tx, importId, actorUserId) {
    // Dropping the partition at the end locks out every reader of investments until the undo commits,
    // and a lock waiting for an import being written would hold them all up behind it. So first the
    // imports' own lock, which waits for that import without holding up anyone else; the drop then
    // waits only for the readers of the moment.
    await holdImportWriters(tx);
    await analyzeImportPartition(tx, importId);
    await auditPerAccount(tx, {
      actorUserId,
      importId,
      action: 'undone',
      perAccount: sql`select account_id, jsonb_build_object('entries', count(*),
          'hours', trim(trailing '.' from trim(trailing '0' from sum(hours)::text))) as changes
        from investments i where ${investmentsOfImport(importId, 'i')} group by account_id`,
    });
    // The rollup reads the entries: take them out of it first, then drop their partition.
    await applyEntriesInBulk(tx, importSelection(importId), -1);
    return dropImportPartition(tx, importId);
  },
};

/**
 * The entries carry no foreign keys (a lookup per row): the accounts and people the rows name are
 * checked here, once each, and locked as a foreign key would lock them, so none can go before the
 * import commits. They were found when the rows were read; only when one was removed since are the
 * rows read again, to report each.
 */
async function checkReferences(w: WriteContext): Promise<void> {
  // The ids the rows were found to name, as the reading gathered them; read from the rows (a pass
  // over a million of them, 0.37 s) only when the rows were staged some other way.
  const named = namedIn.get(w.tx);
  // One array parameter (a literal: uuids need no quoting), not thousands of parameters.
  const ids = (set: Set<string>) => sql`(select unnest(${`{${[...set].join(',')}}`}::uuid[]) as id)`;
  const namedAccounts = named
    ? ids(named.accounts)
    : sql`(select distinct account_id as id from import_rows)`;
  const namedPeople = named ? ids(named.people) : sql`(select distinct person_id as id from import_rows)`;
  const [refs] = rowsOf<{
    accounts: unknown;
    held_accounts: unknown;
    people: unknown;
    held_people: unknown;
  }>(
    await w.tx.execute(sql`with named_accounts as ${namedAccounts},
        held_accounts as (select a.id from accounts a where a.id in (select id from named_accounts)
          for key share),
        named_people as ${namedPeople},
        held_people as (select p.id from people p where p.id in (select id from named_people) for key share)
      select (select count(*) from named_accounts) as accounts, (select count(*) from held_accounts) as held_accounts,
        (select count(*) from named_people) as people, (select count(*) from held_people) as held_people`),
  );
  if (Number(refs?.held_accounts) < Number(refs?.accounts))
    await errorsFrom<{ line: number }>(
      w,
      sql`select s.line from import_rows s where not exists (select 1 from accounts a where a.id = s.account_id)`,
      'account',
      () => 'The account was removed while the file was being imported',
    );
  if (Number(refs?.held_people) < Number(refs?.people))
    await errorsFrom<{ line: number }>(
      w,
      sql`select s.line from import_rows s where not exists (select 1 from people p where p.id = s.person_id)`,
      'person',
      () => 'The person was removed while the file was being imported',
    );
}
