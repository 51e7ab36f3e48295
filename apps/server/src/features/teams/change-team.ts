import type { AddTeamMemberBody, TeamMember, UpdateTeamMemberBody } from '@vested/contracts';
import { diffFields, type IsoDate, withinPeriod } from '@vested/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { accountTeamMembers } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { conflict, invalid, notFound, ruleBroken, staleVersion } from '../../http/errors';
import { assertActivePerson, loadAccountFor } from '../accounts/queries';
import { recordAudit } from '../audit/record-audit';
import { loadMember, presentMember } from './queries';

const amRule =
  'The account manager is set on the account itself (one at a time, with history); choose another role here';

export async function addTeamMember(
  db: Db,
  actor: SignedIn,
  accountId: string,
  body: z.output<typeof AddTeamMemberBody>,
  today: IsoDate,
): Promise<TeamMember> {
  return db.transaction(async (tx) => {
    const { facts } = await loadAccountFor(tx, actor, accountId, 'manageTeam', today, true);
    if (body.role === 'account_manager') throw ruleBroken(amRule, { role: amRule });
    await assertActivePerson(tx, body.personId, 'personId');
    const to = body.to ?? null;
    const overlaps = facts.team.some(
      (m) =>
        m.personId === body.personId &&
        m.role === body.role &&
        m.from <= (to ?? '9999-12-31') &&
        body.from <= (m.to ?? '9999-12-31'),
    );
    if (overlaps) {
      throw conflict('This person already holds this role on the account for part of that period', {
        personId: 'Already on the team in this role for these dates',
      });
    }
    const [row] = await tx
      .insert(accountTeamMembers)
      .values({ accountId, personId: body.personId, role: body.role, fromDate: body.from, toDate: to })
      .returning({ id: accountTeamMembers.id });
    const added = (await loadMember(tx, row!.id))!;
    await recordAudit(tx, {
      actorUserId: actor.userId,
      entityType: 'account_team_member',
      entityId: row!.id,
      accountId,
      action: 'added',
      changes: diffFields(null, { person: added.personName, role: body.role, from: body.from, to }),
    });
    return presentMember(added, today);
  });
}

export async function updateTeamMember(
  db: Db,
  actor: SignedIn,
  accountId: string,
  memberId: string,
  body: z.output<typeof UpdateTeamMemberBody>,
  today: IsoDate,
): Promise<TeamMember> {
  return db.transaction(async (tx) => {
    await loadAccountFor(tx, actor, accountId, 'manageTeam', today, true);
    const member = await loadMember(tx, memberId);
    if (!member || member.accountId !== accountId) throw notFound('Team member');
    if (member.version !== body.version) throw staleVersion();
    if (
      body.role &&
      body.role !== member.role &&
      (body.role === 'account_manager' || member.role === 'account_manager')
    ) {
      throw ruleBroken(amRule, { role: amRule });
    }
    const next = { role: body.role, from: body.from, to: body.to };
    const from = next.from ?? member.from;
    const to = next.to === undefined ? member.to : next.to;
    if (to !== null && to < from)
      throw invalid('The end date is before the start date', { to: 'Before the start date' });
    const changes = diffFields(member, next);
    if (Object.keys(changes).length === 0) return presentMember(member, today);
    await tx
      .update(accountTeamMembers)
      .set({
        role: next.role ?? member.role,
        fromDate: from,
        toDate: to,
        version: sql`${accountTeamMembers.version} + 1`,
        updatedAt: new Date().toISOString(),
      })
      .where(eq(accountTeamMembers.id, memberId));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      entityType: 'account_team_member',
      entityId: memberId,
      accountId,
      action: 'updated',
      // Whose membership changed, for the reader of the history; the name itself did not change.
      changes: { person: { before: member.personName, after: member.personName }, ...changes },
    });
    return presentMember((await loadMember(tx, memberId))!, today);
  });
}

/** For a membership entered by mistake; people who leave a team get an end date instead. */
export async function removeTeamMember(
  db: Db,
  actor: SignedIn,
  accountId: string,
  memberId: string,
  today: IsoDate,
): Promise<void> {
  await db.transaction(async (tx) => {
    await loadAccountFor(tx, actor, accountId, 'manageTeam', today, true);
    const member = await loadMember(tx, memberId);
    if (!member || member.accountId !== accountId) throw notFound('Team member');
    if (member.role === 'account_manager' && withinPeriod(today, member.from, member.to)) {
      throw ruleBroken('Change the account manager on the account instead of removing them from the team');
    }
    await tx
      .delete(accountTeamMembers)
      .where(and(eq(accountTeamMembers.id, memberId), eq(accountTeamMembers.accountId, accountId)));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      entityType: 'account_team_member',
      entityId: memberId,
      accountId,
      action: 'removed',
      changes: diffFields(
        { person: member.personName, role: member.role, from: member.from, to: member.to },
        { person: null, role: null, from: null, to: null },
      ),
    });
  });
}
