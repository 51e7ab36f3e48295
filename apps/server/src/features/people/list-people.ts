import type { ListPeopleQuery, Page, PersonListItem } from '@vested/contracts';
import { firstDayOf, type IsoDate, type IsoMonth, lastDayOf, monthLoad, monthOf } from '@vested/domain';
import {
  and,
  count,
  eq,
  exists,
  gte,
  ilike,
  inArray,
  isNotNull,
  isNull,
  lte,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { accountTeamMembers, people, personSkills } from '../../db/schema';
import { containsPattern, offsetOf, orderBy } from '../../http/pagination';
import { overCapacitySql } from '../capacity/queries';
import { presentPerson, selectPeople } from './queries';

const sortable = {
  name: people.name,
  department: people.department,
  title: people.title,
  location: people.location,
  updatedAt: people.updatedAt,
};

export async function listPeople(
  db: Db,
  query: z.output<typeof ListPeopleQuery>,
  today: IsoDate,
): Promise<Page<PersonListItem>> {
  const month = monthOf(today);
  const q = query.q ? containsPattern(query.q) : undefined;
  const conditions: (SQL | undefined)[] = [
    query.active === 'all' ? undefined : eq(people.active, query.active === 'true'),
    query.department ? eq(people.department, query.department) : undefined,
    query.lineManagerPersonId ? eq(people.lineManagerPersonId, query.lineManagerPersonId) : undefined,
    q ? or(ilike(people.name, q), ilike(people.email, q), ilike(people.title, q)) : undefined,
    query.skillId
      ? exists(
          db
            .select({ one: sql`1` })
            .from(personSkills)
            .where(
              and(
                eq(personSkills.personId, people.id),
                eq(personSkills.skillId, query.skillId),
                gte(personSkills.level, query.minLevel),
              ),
            ),
        )
      : undefined,
    // The capacity matrix's own test of "over capacity", before paging (one pass over the month).
    query.overAllocated === 'true' ? sql`${people.id} in ${overCapacitySql(month)}` : undefined,
    query.overAllocated === 'false' ? sql`${people.id} not in ${overCapacitySql(month)}` : undefined,
  ];
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    selectPeople(db)
      .where(where)
      .orderBy(...orderBy(query.sort, sortable, people.id))
      .limit(query.pageSize)
      .offset(offsetOf(query.page, query.pageSize)),
    db.select({ n: count() }).from(people).where(where),
  ]);
  const items: PersonListItem[] = rows.map(presentPerson);
  if (query.overAllocated === 'true') await addLoads(db, items, month);
  return { items, total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

/** This month's load of each listed person, by the domain's rule, from their allocations that touch it. */
async function addLoads(db: Db, items: PersonListItem[], month: IsoMonth): Promise<void> {
  if (items.length === 0) return;
  const allocations = await db
    .select({
      personId: accountTeamMembers.personId,
      accountId: accountTeamMembers.accountId,
      role: accountTeamMembers.role,
      hoursPerMonth: accountTeamMembers.hoursPerMonth,
      from: accountTeamMembers.fromDate,
      to: accountTeamMembers.toDate,
    })
    .from(accountTeamMembers)
    .where(
      and(
        inArray(
          accountTeamMembers.personId,
          items.map((p) => p.id),
        ),
        lte(accountTeamMembers.fromDate, lastDayOf(month)),
        or(isNull(accountTeamMembers.toDate), gte(accountTeamMembers.toDate, firstDayOf(month))),
      ),
    );
  for (const item of items) {
    const load = monthLoad(
      item.monthlyCapacityHours,
      allocations.filter((a) => a.personId === item.id),
      month,
    );
    item.load = { month, allocatedHours: load.allocatedHours, overByHours: load.overByHours };
  }
}

export async function listDepartments(db: Db): Promise<string[]> {
  const rows = await db
    .selectDistinct({ department: people.department })
    .from(people)
    .where(isNotNull(people.department))
    .orderBy(people.department);
  return rows.map((r) => r.department!);
}
