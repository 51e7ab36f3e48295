import { CreateContactBody } from '@vested/contracts';
import { isoDate } from '@vested/domain';
import { sql } from 'drizzle-orm';
import { invalid } from '../../../http/errors';
import { loadAccountFor } from '../../accounts/queries';
import { recordAudit } from '../../audit/record-audit';
import { refreshAccountSummary } from '../../stakeholders/account-summary';
import { auditStakeholders } from '../../stakeholders/audit';
import { errorsFrom, type ImportKind, rowsOf } from '../kind';

const clean = (text: string | undefined) => {
  const t = (text ?? '').trim().replace(/\s+/g, ' ');
  return t === '' ? null : t;
};
/** "Decision maker", "decision-maker" and "DECISION_MAKER" all name decision_maker. */
const choice = (text: string | undefined) =>
  clean(text)
    ?.toLowerCase()
    .replace(/[\s-]+/g, '_') ?? null;
/** A 1–5 figure: empty takes the contact API's default; anything else goes to its rule as typed. */
const figure = (text: string | undefined) => {
  const t = clean(text);
  if (t === null) return undefined;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
};
/** The contact a row's reports-to names: by email or name, either case. */
const names = (alias: string) =>
  sql.raw(`(lower(${alias}.email) = lower(s.reports_to) or lower(${alias}.name) = lower(s.reports_to))`);

/**
 * Contacts of ONE account chosen for the import (CSV, XLSX or vCard): the fields of the contact form,
 * checked by the contact API's own zod contract, and reports-to by the email or name of a contact of
 * the file or already on the account. A contact whose email is already on the account is skipped (so a
 * re-import adds nothing). The importer needs the right to edit that account's contacts. Undo deletes
 * the contacts the import created, with what was recorded on them since.
 */
export const contacts: ImportKind = {
  name: 'contacts',
  label: 'Contacts',
  // Which account's contacts one may edit is decided when the account is chosen (as for the contact
  // form); finance and viewers edit none.
  mayImport: (actor) => actor.role !== 'finance' && actor.role !== 'viewer',

  async prepare(tx, actor, opts) {
    if (!opts.accountId)
      throw invalid('Choose the account the contacts belong to', { accountId: 'Choose the account' });
    await loadAccountFor(tx, actor, opts.accountId, 'update', opts.today);
    return (f, show) => {
      if (f.vcardProblem?.trim()) return { ok: false, field: null, reason: f.vcardProblem.trim() };
      const parsed = CreateContactBody.safeParse({
        name: clean(f.name) ?? '',
        title: clean(f.title) ?? '',
        businessUnit: clean(f.businessUnit) ?? '',
        email: clean(f.email) ?? '',
        phone: clean(f.phone) ?? '',
        level: choice(f.level),
        decisionRole: choice(f.decisionRole),
        influence: figure(f.influence),
        interest: figure(f.interest),
        attitude: choice(f.attitude) ?? undefined,
        // Notes keep their line breaks.
        notes: (f.notes ?? '').trim(),
      });
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const field = typeof issue.path[0] === 'string' ? issue.path[0] : null;
        return { ok: false, field, reason: issue.message };
      }
      const c = parsed.data;
      const row = {
        name: c.name,
        title: c.title ?? null,
        businessUnit: c.businessUnit ?? null,
        email: c.email ?? null,
        phone: c.phone ?? null,
        level: c.level ?? null,
        decisionRole: c.decisionRole ?? null,
        influence: c.influence,
        interest: c.interest,
        attitude: c.attitude,
        notes: c.notes ?? null,
        reportsTo: clean(f.reportsTo),
      };
      return { ok: true, staged: Object.values(row), ...(show && { shown: row }) };
    };
  },

  staging: [
    ['name', 'text'],
    ['title', 'text'],
    ['business_unit', 'text'],
    ['email', 'text'],
    ['phone', 'text'],
    ['level', 'text'],
    ['decision_role', 'text'],
    ['influence', 'integer'],
    ['interest', 'integer'],
    ['attitude', 'text'],
    ['notes', 'text'],
    ['reports_to', 'text'],
  ],

  async check(w) {
    await errorsFrom<{ line: number; email: string; first_line: number }>(
      w,
      sql`select line, email, first_line from (
          select line, email, min(line) over (partition by email) as first_line
          from import_rows where email is not null) d
        where line <> first_line`,
      'email',
      (r) => `${r.email} is also on line ${r.first_line}`,
    );
    // Reports-to must name exactly one contact, of this file or of the account (the same email in both
    // is one contact: the file's row will be skipped for the stored one).
    await errorsFrom<{ line: number; reports_to: string; hits: unknown }>(
      w,
      sql`select * from (select s.line, s.reports_to, (
          select count(distinct coalesce(m.email, 'line:' || m.key)) from (
            select name, email, line::text as key from import_rows
            union all select name, email, id::text from contacts where account_id = ${w.accountId}::uuid) m
          where ${names('m')}) as hits
        from import_rows s where s.reports_to is not null) d where hits <> 1`,
      'reportsTo',
      (r) =>
        Number(r.hits) === 0
          ? `No contact '${r.reports_to}' on this account or in this file`
          : `${Number(r.hits)} contacts are named '${r.reports_to}'; use their email instead`,
    );
    // Stored contacts only point at one another, so a new loop runs through rows of this file.
    await errorsFrom<{ line: number; name: string }>(
      w,
      sql`with recursive edge as (
          select s.line as child, f.line as parent from import_rows s join import_rows f on ${names('f')}),
        walk(start, at) as (select child, parent from edge
          union select w.start, e.parent from walk w join edge e on e.child = w.at)
        select s.line, s.name from import_rows s where exists (select 1 from walk where start = s.line and at = s.line)`,
      'reportsTo',
      (r) => `This would make ${r.name} report to themselves (the org chart would loop)`,
    );
  },

  async write(w) {
    const accountId = w.accountId!;
    const now = w.now.toISOString();
    const [gone] = rowsOf<{ n: unknown }>(
      await w.tx.execute(sql`with gone as (delete from import_rows s using contacts c
          where c.account_id = ${accountId}::uuid and lower(c.email) = s.email returning 1)
        select count(*) as n from gone`),
    );
    // Ids are drawn first so a row can point at one further down the file in the same statement.
    const created = rowsOf<{ id: string; name: string }>(
      await w.tx.execute(sql`with src as materialized (select s.*, gen_random_uuid() as new_id from import_rows s),
        ins as (insert into contacts (id, account_id, name, title, business_unit, email, phone, level,
            decision_role, influence, interest, attitude, notes, reports_to_contact_id, created_at, updated_at)
          select new_id, ${accountId}::uuid, name, title, business_unit, email, phone, level, decision_role,
            influence, interest, attitude, notes,
            case when s.reports_to is null then null else coalesce(
              (select f.new_id from src f where ${names('f')} order by f.line limit 1),
              (select c.id from contacts c where c.account_id = ${accountId}::uuid and ${names('c')} limit 1))
            end,
            ${now}, ${now}
          from src s order by s.line returning id, name),
        kept as (insert into imported_contacts (contact_id, import_id)
          select id, ${w.importId}::uuid from ins)
        select id, name from ins`),
    );
    for (const c of created)
      await auditStakeholders(w.tx, {
        actorUserId: w.actor.userId,
        entityType: 'contact',
        entityId: c.id,
        accountId,
        action: 'created',
        changes: { name: { before: null, after: c.name }, importId: { before: null, after: w.importId } },
        contactIds: [c.id],
      });
    if (created.length > 0) await refreshAccountSummary(w.tx, accountId, w.now, isoDate(w.now));
    return { written: created.length, skipped: Number(gone?.n ?? 0) };
  },

  async undo(tx, importId, actorUserId, now) {
    const doomed = rowsOf<{ id: string; account_id: string; name: string }>(
      await tx.execute(sql`select c.id, c.account_id, c.name from contacts c
        join imported_contacts i on i.contact_id = c.id where i.import_id = ${importId}::uuid`),
    );
    // The audit rows outlive the contacts; their per-contact links go with them.
    for (const c of doomed)
      await recordAudit(tx, {
        actorUserId,
        entityType: 'contact',
        entityId: c.id,
        accountId: c.account_id,
        action: 'deleted',
        changes: { name: { before: c.name, after: null }, importId: { before: importId, after: null } },
      });
    // Owners, readings, pulses go with their contact (cascade); contacts reporting to one are unlinked.
    await tx.execute(sql`delete from contacts where id in (
      select contact_id from imported_contacts where import_id = ${importId}::uuid)`);
    for (const accountId of new Set(doomed.map((c) => c.account_id)))
      await refreshAccountSummary(tx, accountId, now, isoDate(now));
    return doomed.length;
  },
};
