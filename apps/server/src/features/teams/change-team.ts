import type { AddTeamMemberBody, TeamMember, UpdateTeamMemberBody } from '@vested/contracts';
import { ACCOUNT_MANAGER_ROLE, canOnAccount, diffFields, type IsoDate, withinPeriod } from '@vested/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { accountTeamMembers } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { conflict, forbidden, invalid, notFound, ruleBroken, staleVersion } from '../../http/errors';
import { assertActivePerson, loadAccountFor } from '../accounts/queries';
import { recordAudit } from '../audit/record-audit';
import { assertSingleManager, managerStints, namesOf } from './manager-stints';
import { assertRole, loadMember, presentMember } from './queries';

const amProcedure =
  'The account manager changes through a request a director approves; here a director may only record a past period';
const amRoleChange =
  'The account-manager role is held by one person at a time, with its own history; choose another role here';

/**
 * A past period as account manager (history entered after the fact) is the only AM membership this
 * route adds: who leads the account from today on is decided by the request procedure.
 */
async function assertPastManagerPeriod(
  tx: Db,
  actor: SignedIn,
  facts: Parameters<typeof canOnAccount>[2],
  accountId: string,
  period: { id?: string; personId: string; from: IsoDate; to: IsoDate | null },
  today: IsoDate,
) {
  if (!canOnAccount(actor, 'assignManager', facts, today))
    throw forbidden('Only a director records who managed the account');
  if (period.to === null || period.to >= today) throw ruleBroken(amProcedure, { role: amProcedure });
  const history = await managerStints(tx, accountId);
  assertSingleManager(history, period, namesOf(history));
}

export async function addTeamMember(
  db: Db,
  actor: SignedIn,
  accountId: string,
  body: z.output<typeof AddTeamMemberBody>,
  today: IsoDate,
): Promise<TeamMember> {
  return db.transaction(async (tx) => {
    const { facts } = await loadAccountFor(tx, actor, accountId, 'manageTeam', today, true);
    await assertRole(tx, body.role);
    await assertActivePerson(tx, body.personId, 'personId');
    const to = body.to ?? null;
    if (body.role === ACCOUNT_MANAGER_ROLE)
      await assertPastManagerPeriod(tx, actor, facts, accountId, { ...body, to }, today);
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
      .values({
        accountId,
        personId: body.personId,
        role: body.role,
        hoursPerMonth: body.hoursPerMonth,
        fromDate: body.from,
        toDate: to,
      })
      .returning({ id: accountTeamMembers.id });
    const added = (await loadMember(tx, row!.id))!;
    await recordAudit(tx, {
      actorUserId: actor.userId,
      entityType: 'account_team_member',
      entityId: row!.id,
      accountId,
      action: 'added',
      changes: diffFields(null, {
        person: added.personName,
        role: body.role,
        hoursPerMonth: body.hoursPerMonth,
        from: body.from,
        to,
      }),
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
    const { facts } = await loadAccountFor(tx, actor, accountId, 'manageTeam', today, true);
    const member = await loadMember(tx, memberId);
    if (!member || member.accountId !== accountId) throw notFound('Team member');
    if (member.version !== body.version) throw staleVersion();
    const isManager = member.role === ACCOUNT_MANAGER_ROLE;
    if (body.role && body.role !== member.role) {
      if (isManager || body.role === ACCOUNT_MANAGER_ROLE)
        throw ruleBroken(amRoleChange, { role: amRoleChange });
      await assertRole(tx, body.role);
    }
    const next = { role: body.role, hoursPerMonth: body.hoursPerMonth, from: body.from, to: body.to };
    const from = next.from ?? member.from;
    const to = next.to === undefined ? member.to : next.to;
    if (to !== null && to < from)
      throw invalid('The end date is before the start date', { to: 'Before the start date' });
    const changes = diffFields(member, next);
    if (Object.keys(changes).length === 0) return presentMember(member, today);
    if (isManager && ('from' in changes || 'to' in changes)) {
      if (!canOnAccount(actor, 'assignManager', facts, today))
        throw forbidden('Only a director changes when someone managed the account');
      // The current holder stays current: ending their time is a hand-over, which the procedure does.
      if (withinPeriod(today, member.from, member.to) && !withinPeriod(today, from, to)) {
        const message = 'To end the current account manager’s time, approve a request for the next one';
        throw ruleBroken(message, { to: message });
      }
      const history = await managerStints(tx, accountId);
      assertSingleManager(history, { id: memberId, personId: member.personId, from, to }, namesOf(history));
    }
    await tx
      .update(accountTeamMembers)
      .set({
        role: next.role ?? member.role,
        hoursPerMonth: next.hoursPerMonth ?? member.hoursPerMonth,
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
    const { facts } = await loadAccountFor(tx, actor, accountId, 'manageTeam', today, true);
    const member = await loadMember(tx, memberId);
    if (!member || member.accountId !== accountId) throw notFound('Team member');
    if (member.role === ACCOUNT_MANAGER_ROLE) {
      if (withinPeriod(today, member.from, member.to))
        throw ruleBroken('The current account manager changes through a request a director approves');
      if (!canOnAccount(actor, 'assignManager', facts, today))
        throw forbidden('Only a director changes who managed the account');
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
        {
          person: member.personName,
          role: member.role,
          hoursPerMonth: member.hoursPerMonth,
          from: member.from,
          to: member.to,
        },
        { person: null, role: null, hoursPerMonth: null, from: null, to: null },
      ),
    });
  });
}
