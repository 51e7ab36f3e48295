import { canOnWorkspace } from '@vested/domain';
import { sql } from 'drizzle-orm';
import { ruleBroken } from '../../../http/errors';
import { errorsFrom, type ImportKind, rowsOf } from '../kind';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const clean = (text: string | undefined) => {
  const t = (text ?? '').trim().replace(/\s+/g, ' ');
  return t === '' ? null : t;
};
/** The manager a row names: a person of the file or of Vested, by email or (if unique) by name. */
const managerMatch = sql.raw(`(lower(m.email) = lower(s.manager) or lower(m.name) = lower(s.manager))`);

/**
 * People from an HR export: name and email (required), department, title, line manager (email or name,
 * in Vested or in the same file), capacity for account work, location, languages. A person whose email
 * is already in Vested is skipped — an import only adds; change people on their page. Undo removes the
 * people the import created, as long as nothing of theirs has been recorded since.
 */
export const people: ImportKind = {
  name: 'people',
  label: 'People',
  mayImport: (actor) => canOnWorkspace(actor, 'managePeople'),

  async prepare() {
    return (f, show) => {
      const name = clean(f.name);
      if (!name) return { ok: false, field: 'name', reason: 'The name is missing' };
      if (name.length > 120) return { ok: false, field: 'name', reason: 'At most 120 characters' };
      const email = clean(f.email)?.toLowerCase() ?? null;
      if (!email || !emailPattern.test(email))
        return {
          ok: false,
          field: 'email',
          reason: email ? `'${email}' is not an email` : 'The email is missing',
        };
      let capacity: number | null = null;
      const c = clean(f.capacity);
      if (c !== null) {
        if (!/^\d+$/.test(c) || Number(c) > 744)
          return {
            ok: false,
            field: 'capacity',
            reason: `'${c}' is not a whole number of hours from 0 to 744`,
          };
        capacity = Number(c);
      }
      const languages = [
        ...new Set(
          (f.languages ?? '')
            .split(/[,;|]/)
            .map((l) => l.trim())
            .filter(Boolean),
        ),
      ];
      const row = {
        name,
        email,
        department: clean(f.department),
        title: clean(f.title),
        manager: clean(f.lineManager),
        capacity,
        location: clean(f.location),
        languages: languages.join(','),
      };
      return {
        ok: true,
        staged: Object.values(row),
        ...(show && { shown: { ...row, languages: languages.join(', ') } }),
      };
    };
  },

  staging: [
    ['name', 'text'],
    ['email', 'text'],
    ['department', 'text'],
    ['title', 'text'],
    ['manager', 'text'],
    ['capacity', 'integer'],
    ['location', 'text'],
    ['languages', 'text'],
  ],

  async check(w) {
    await errorsFrom<{ line: number; email: string; first_line: number }>(
      w,
      sql`select line, email, first_line from (
          select line, email, min(line) over (partition by lower(email)) as first_line from import_rows) d
        where line <> first_line`,
      'email',
      (r) => `${r.email} is also on line ${r.first_line}`,
    );
    // The line manager must be exactly one person, of this file or of Vested.
    await errorsFrom<{ line: number; manager: string; hits: unknown }>(
      w,
      sql`select * from (select s.line, s.manager, (
          select count(distinct coalesce(lower(m.email), m.name)) from (
            select name, email from import_rows union all select name, email from people) m
          where ${managerMatch}) as hits
        from import_rows s where s.manager is not null) d where hits <> 1`,
      'lineManager',
      (r) =>
        Number(r.hits) === 0
          ? `No person '${r.manager}' in Vested or in this file`
          : `${Number(r.hits)} people are named '${r.manager}'; use their email instead`,
    );
    // Nobody may end up managing themselves through the file's own chain (Vested's people point only to
    // one another, so a new loop can only run through rows of this file).
    await errorsFrom<{ line: number; name: string }>(
      w,
      sql`with recursive edge as (
          select s.line as child, f.line as parent from import_rows s join import_rows f
            on lower(f.email) = lower(s.manager) or lower(f.name) = lower(s.manager)),
        walk(start, at) as (select child, parent from edge
          union select w.start, e.parent from walk w join edge e on e.child = w.at)
        select s.line, s.name from import_rows s where exists (select 1 from walk where start = s.line and at = s.line)`,
      'lineManager',
      (r) => `This would make ${r.name} their own (indirect) line manager`,
    );
  },

  async write(w) {
    const [gone] = rowsOf<{ n: unknown }>(
      await w.tx.execute(sql`with gone as (delete from import_rows s using people p
          where lower(p.email) = lower(s.email) returning 1)
        select count(*) as n from gone`),
    );
    const inserted = rowsOf<{ id: string }>(
      await w.tx.execute(sql`insert into people (name, email, department, title, monthly_capacity_hours, location,
          languages, import_id)
        select name, lower(email), department, title, capacity, location,
          coalesce(string_to_array(nullif(languages, ''), ','), '{}'), ${w.importId}::uuid
        from import_rows order by line returning id`),
    );
    // Managers after everyone is in, so a row may name someone further down the file.
    await w.tx.execute(sql`update people p set line_manager_person_id = (
        select m.id from people m where ${managerMatch} and m.id <> p.id order by m.import_id nulls first limit 1)
      from import_rows s
      where p.import_id = ${w.importId}::uuid and lower(p.email) = lower(s.email) and s.manager is not null`);
    return { written: inserted.length, skipped: Number(gone?.n ?? 0) };
  },

  async undo(tx, importId) {
    // A person someone has since put on a team, given a user, a rate, time or an assessment stays: deleting
    // them would take that work with them. Locked first: time entries carry no foreign key, and an
    // import of time naming these people holds them (key share) until it commits, so the check below
    // sees its entries — or that import, waiting here, sees the people gone.
    await tx.execute(sql`select id from people where import_id = ${importId}::uuid for update`);
    const [used] = rowsOf<{ n: unknown }>(
      await tx.execute(sql`select count(*) as n from people p where p.import_id = ${importId}::uuid and (
        exists (select 1 from account_team_members m where m.person_id = p.id)
        or exists (select 1 from users u where u.person_id = p.id)
        or exists (select 1 from investments i where i.person_id = p.id)
        or exists (select 1 from cost_rates c where c.person_id = p.id)
        or exists (select 1 from manager_assessments a where a.person_id = p.id)
        or exists (select 1 from contact_owners o where o.person_id = p.id))`),
    );
    if (Number(used?.n ?? 0) > 0)
      throw ruleBroken(
        `${Number(used!.n)} of the people this import created now have work recorded in Vested (teams, users, time, rates or assessments); take them out of it first, or keep the import`,
      );
    await tx.execute(sql`update people set line_manager_person_id = null
      where line_manager_person_id in (select id from people where import_id = ${importId}::uuid)
        and import_id is distinct from ${importId}::uuid`);
    const [row] = rowsOf<{ n: unknown }>(
      await tx.execute(sql`with gone as (delete from people where import_id = ${importId}::uuid returning 1)
        select count(*) as n from gone`),
    );
    return Number(row?.n ?? 0);
  },
};
