import type { ListPeopleQuery, Page, Person } from '@vested/contracts';
import { and, count, eq, exists, gte, ilike, isNotNull, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { people, personSkills } from '../../db/schema';
import { containsPattern, offsetOf, orderBy } from '../../http/pagination';
import { presentPerson, selectPeople } from './queries';

const sortable = {
  name: people.name,
  department: people.department,
  title: people.title,
  location: people.location,
  updatedAt: people.updatedAt,
};

export async function listPeople(db: Db, query: z.output<typeof ListPeopleQuery>): Promise<Page<Person>> {
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
  return { items: rows.map(presentPerson), total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

export async function listDepartments(db: Db): Promise<string[]> {
  const rows = await db
    .selectDistinct({ department: people.department })
    .from(people)
    .where(isNotNull(people.department))
    .orderBy(people.department);
  return rows.map((r) => r.department!);
}
