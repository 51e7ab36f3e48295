import type { TeamMember } from '@vested/contracts';
import { type IsoDate, withinPeriod } from '@vested/domain';
import { asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accountTeamMembers, people } from '../../db/schema';

const memberColumns = {
  id: accountTeamMembers.id,
  accountId: accountTeamMembers.accountId,
  personId: accountTeamMembers.personId,
  personName: people.name,
  department: people.department,
  role: accountTeamMembers.role,
  from: accountTeamMembers.fromDate,
  to: accountTeamMembers.toDate,
  version: accountTeamMembers.version,
};

type MemberRow = Omit<TeamMember, 'current'>;

export function presentMember(row: MemberRow, today: IsoDate): TeamMember {
  return { ...row, role: row.role as TeamMember['role'], current: withinPeriod(today, row.from, row.to) };
}

export async function listTeam(db: Db, accountId: string, today: IsoDate): Promise<TeamMember[]> {
  const rows = await db
    .select(memberColumns)
    .from(accountTeamMembers)
    .innerJoin(people, eq(people.id, accountTeamMembers.personId))
    .where(eq(accountTeamMembers.accountId, accountId))
    .orderBy(desc(accountTeamMembers.fromDate), asc(people.name));
  // Current members first, then the past, each newest first.
  return rows
    .map((r) => presentMember(r as MemberRow, today))
    .sort((a, b) => Number(b.current) - Number(a.current));
}

export async function loadMember(db: Db, memberId: string): Promise<MemberRow | undefined> {
  const [row] = await db
    .select(memberColumns)
    .from(accountTeamMembers)
    .innerJoin(people, eq(people.id, accountTeamMembers.personId))
    .where(eq(accountTeamMembers.id, memberId));
  return row as MemberRow | undefined;
}
