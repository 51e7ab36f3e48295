import type { SaveTeamPlanBody, TeamPlan } from '@vested/contracts';
import type { IsoDate } from '@vested/domain';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import {
  accountRoleNeeds,
  accountSkillNeeds,
  accountTeamPlans,
  skills,
  workspaceRoles,
} from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { ruleBroken, staleVersion } from '../../http/errors';
import { loadAccountFor } from '../accounts/queries';
import { recordAudit } from '../audit/record-audit';

/** What the account needs: hours a month per role, and skills at a minimum level. */
export async function loadTeamPlan(db: Db, accountId: string): Promise<TeamPlan> {
  const [[plan], roles, skillRows] = await Promise.all([
    db
      .select({ version: accountTeamPlans.version })
      .from(accountTeamPlans)
      .where(eq(accountTeamPlans.accountId, accountId)),
    db
      .select({
        role: accountRoleNeeds.role,
        roleName: workspaceRoles.name,
        hoursPerMonth: accountRoleNeeds.hoursPerMonth,
      })
      .from(accountRoleNeeds)
      .innerJoin(workspaceRoles, eq(workspaceRoles.key, accountRoleNeeds.role))
      .where(eq(accountRoleNeeds.accountId, accountId))
      .orderBy(asc(workspaceRoles.position), asc(workspaceRoles.name)),
    db
      .select({ skillId: accountSkillNeeds.skillId, name: skills.name, minLevel: accountSkillNeeds.minLevel })
      .from(accountSkillNeeds)
      .innerJoin(skills, eq(skills.id, accountSkillNeeds.skillId))
      .where(eq(accountSkillNeeds.accountId, accountId))
      .orderBy(asc(skills.name)),
  ]);
  return { accountId, version: plan?.version ?? 0, roles, skills: skillRows };
}

const asMap = (p: TeamPlan) => ({
  roles: Object.fromEntries(p.roles.map((r) => [r.role, r.hoursPerMonth])),
  skills: Object.fromEntries(p.skills.map((s) => [s.name, s.minLevel])),
});

/** Replaces the plan as a whole, guarded by its version (0 for a plan never saved). */
export async function saveTeamPlan(
  db: Db,
  actor: SignedIn,
  accountId: string,
  body: z.output<typeof SaveTeamPlanBody>,
  today: IsoDate,
): Promise<TeamPlan> {
  return db.transaction(async (tx) => {
    await loadAccountFor(tx, actor, accountId, 'manageTeam', today, true);
    const before = await loadTeamPlan(tx, accountId);
    if (before.version !== body.version) throw staleVersion();

    const roleKeys = body.roles.map((r) => r.role);
    const known = roleKeys.length
      ? await tx
          .select({ key: workspaceRoles.key, active: workspaceRoles.active })
          .from(workspaceRoles)
          .where(inArray(workspaceRoles.key, roleKeys))
      : [];
    const fields: Record<string, string> = {};
    body.roles.forEach((r, i) => {
      const role = known.find((k) => k.key === r.role);
      if (!role) fields[`roles.${i}.role`] = 'No such role';
      else if (!role.active && !before.roles.some((b) => b.role === r.role))
        fields[`roles.${i}.role`] = 'This role is retired';
    });
    const skillIds = body.skills.map((s) => s.skillId);
    const knownSkills = skillIds.length
      ? await tx.select({ id: skills.id }).from(skills).where(inArray(skills.id, skillIds))
      : [];
    body.skills.forEach((s, i) => {
      if (!knownSkills.some((k) => k.id === s.skillId)) fields[`skills.${i}.skillId`] = 'No such skill';
    });
    if (Object.keys(fields).length > 0)
      throw ruleBroken('Some roles or skills are not in the workspace lists', fields);
    const same = <T>(a: T[], b: T[], key: (t: T) => string) =>
      JSON.stringify(a.map(key).sort()) === JSON.stringify(b.map(key).sort());
    if (
      before.version > 0 &&
      same(before.roles, body.roles, (r) => `${r.role}:${r.hoursPerMonth}`) &&
      same(before.skills, body.skills, (s) => `${s.skillId}:${s.minLevel}`)
    )
      return before;

    await tx.delete(accountRoleNeeds).where(eq(accountRoleNeeds.accountId, accountId));
    await tx.delete(accountSkillNeeds).where(eq(accountSkillNeeds.accountId, accountId));
    if (body.roles.length > 0)
      await tx.insert(accountRoleNeeds).values(body.roles.map((r) => ({ accountId, ...r })));
    if (body.skills.length > 0)
      await tx.insert(accountSkillNeeds).values(body.skills.map((s) => ({ accountId, ...s })));
    await tx
      .insert(accountTeamPlans)
      .values({ accountId })
      .onConflictDoUpdate({
        target: accountTeamPlans.accountId,
        set: { version: sql`${accountTeamPlans.version} + 1`, updatedAt: new Date().toISOString() },
      });

    const after = await loadTeamPlan(tx, accountId);
    const [was, now] = [asMap(before), asMap(after)];
    const changes = {
      ...(JSON.stringify(was.roles) !== JSON.stringify(now.roles) && {
        roles: { before: was.roles, after: now.roles },
      }),
      ...(JSON.stringify(was.skills) !== JSON.stringify(now.skills) && {
        skills: { before: was.skills, after: now.skills },
      }),
    };
    await recordAudit(tx, {
      actorUserId: actor.userId,
      entityType: 'account_team_plan',
      entityId: accountId,
      accountId,
      action: before.version === 0 ? 'created' : 'updated',
      changes,
    });
    return after;
  });
}
