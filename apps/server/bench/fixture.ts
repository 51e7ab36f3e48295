import { randomUUID } from 'node:crypto';
import type { Db } from '../src/db/client';
import { accounts, accountTeamMembers, people, users } from '../src/db/schema';
import { hashPassword } from '../src/http/secrets';

export const BENCH_PASSWORD = 'bench-password-1';
const objectives = ['growth', 'preservation', 'image'] as const;
const statuses = ['active', 'active', 'active', 'paused', 'closed'] as const;
const departments = ['Sales', 'Delivery', 'Engineering', 'Marketing', 'Management'];

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 1000) await insert(rows.slice(i, i + 1000));
}

/** A large company: `accountCount` accounts, 3,000 people, teams of 4, a director and a member user. */
export async function loadBenchData(db: Db, accountCount: number) {
  const personIds = Array.from({ length: 3000 }, () => randomUUID());
  await insertChunked(
    personIds.map((id, i) => ({
      id,
      name: `Person ${String(i).padStart(4, '0')}`,
      email: `person${i}@bench.example`,
      department: departments[i % departments.length]!,
    })),
    (c) => db.insert(people).values(c),
  );
  const accountIds = Array.from({ length: accountCount }, () => randomUUID());
  await insertChunked(
    accountIds.map((id, i) => ({
      id,
      name: `Account ${String(i).padStart(5, '0')}`,
      industry: ['Retail', 'Banking', 'Logistics', 'Healthcare'][i % 4]!,
      objective: objectives[i % 3]!,
      status: statuses[i % 5]!,
      tier: i % 10 === 0 ? ('key' as const) : ('regular' as const),
      managerPersonId: personIds[i % 100]!,
      startedOn: `20${20 + (i % 6)}-0${1 + (i % 9)}-15`,
      tags: ['bench'],
      // Spread updated_at so the sort has work to do.
      updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    })),
    (c) => db.insert(accounts).values(c),
  );
  const members = accountIds.flatMap((accountId, i) => [
    { accountId, personId: personIds[i % 100]!, role: 'account_manager', fromDate: '2020-01-01' },
    ...[1, 2, 3].map((k) => ({
      accountId,
      personId: personIds[100 + ((i * 7 + k * 13) % 2900)]!,
      role: 'engineer',
      fromDate: '2020-01-01',
    })),
  ]);
  await insertChunked(members, (c) => db.insert(accountTeamMembers).values(c));
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  await db.insert(users).values([
    { email: 'director@bench.example', name: 'Director', role: 'director', passwordHash },
    // Person 0 manages every 100th account: 50 accounts, seen through the visibility filter.
    { email: 'am@bench.example', name: 'AM', role: 'account_manager', passwordHash, personId: personIds[0]! },
  ]);
  return { accountIds, people: personIds.length, members: members.length };
}
