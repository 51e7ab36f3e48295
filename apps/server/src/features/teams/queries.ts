import type { TeamMember } from '@vested/contracts';
import { type IsoDate, withinPeriod } from '@vested/domain';
import { asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accountTeamMembers, people, workspaceRoles } from '../../db/schema';
import { ruleBroken } from '../../http/errors';

const memberColumns = {
  id: accountTeamMembers.id,
  accountId: accountTeamMembers.accountId,
  personId: accountTeamMembers.personId,
  personName: people.name,
  department: people.department,
  role: accountTeamMembers.role,
  roleName: workspaceRoles.name,
  hoursPerMonth: accountTeamMembers.hoursPerMonth,
  from: accountTeamMembers.fromDate,
  to: accountTeamMembers.toDate,
  version: accountTeamMembers.version,
};

export type MemberRow = Omit<TeamMember, 'current'>;

export function presentMember(row: MemberRow, today: IsoDate): TeamMember {
  return { ...row, current: withinPeriod(today, row.from, row.to) };
}

function selectMembers(db: Db) {
  return db
    .select(memberColumns)
    .from(accountTeamMembers)
    .innerJoin(people, eq(people.id, accountTeamMembers.personId))
    .innerJoin(workspaceRoles, eq(workspaceRoles.key, accountTeamMembers.role));
}

export async function listTeam(db: Db, accountId: string, today: IsoDate): Promise<TeamMember[]> {
  const rows = await selectMembers(db)
    .where(eq(accountTeamMembers.accountId, accountId))
    .orderBy(desc(accountTeamMembers.fromDate), asc(people.name));
  // Current members first, then the past, each newest first.
  return rows.map((r) => presentMember(r, today)).sort((a, b) => Number(b.current) - Number(a.current));
}

export async function loadMember(db: Db, memberId: string): Promise<MemberRow | undefined> {
  const [row] = await selectMembers(db).where(eq(accountTeamMembers.id, memberId));
  return row;
}

/** A role given for a new or changed membership or need must be on the workspace's list and in use. */
/** A key of the workspace's role list, retired or not (a rate or an entry may be about the past). */
export async function assertRoleKnown(db: Db, key: string, field = 'role'): Promise<void> {
  const [role] = await db
    .select({ key: workspaceRoles.key })
    .from(workspaceRoles)
    .where(eq(workspaceRoles.key, key));
  if (!role) throw ruleBroken('No such role in the workspace list', { [field]: 'No such role' });
}

export async function assertRole(
  db: Db,
  key: string,
  field = 'role',
): Promise<{ key: string; name: string }> {
  const [role] = await db
    .select({ key: workspaceRoles.key, name: workspaceRoles.name, active: workspaceRoles.active })
    .from(workspaceRoles)
    .where(eq(workspaceRoles.key, key));
  if (!role) throw ruleBroken('No such role in the workspace list', { [field]: 'No such role' });
  if (!role.active) throw ruleBroken('This role is retired', { [field]: 'This role is retired' });
  return role;
}
