import type { Person } from '@vested/contracts';
import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { people, users } from '../../db/schema';
import { notFound } from '../../http/errors';
import { iso } from '../accounts/queries';

export const lineManager = alias(people, 'line_manager');

export const personColumns = {
  id: people.id,
  name: people.name,
  email: people.email,
  department: people.department,
  title: people.title,
  lineManagerPersonId: people.lineManagerPersonId,
  lineManagerName: lineManager.name,
  monthlyCapacityHours: people.monthlyCapacityHours,
  languages: people.languages,
  location: people.location,
  active: people.active,
  userId: users.id,
  version: people.version,
  createdAt: people.createdAt,
  updatedAt: people.updatedAt,
};

type PersonRow = Omit<Person, 'lineManagerName' | 'userId'> & {
  lineManagerName: string | null;
  userId: string | null;
};

export function presentPerson(row: PersonRow): Person {
  return { ...row, createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt) };
}

export function selectPeople(db: Db) {
  return db
    .select(personColumns)
    .from(people)
    .leftJoin(lineManager, eq(lineManager.id, people.lineManagerPersonId))
    .leftJoin(users, eq(users.personId, people.id));
}

export async function loadPerson(db: Db, id: string): Promise<Person> {
  const [row] = await selectPeople(db).where(eq(people.id, id));
  if (!row) throw notFound('Person');
  return presentPerson(row);
}
