import type {
  CreateManagerRequestBody,
  DecideManagerRequestBody,
  ListManagerRequestsQuery,
  ManagerRequest,
  Page,
} from '@vested/contracts';
import { type Actor, canOnWorkspace, type IsoDate } from '@vested/domain';
import { and, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { accounts, managerRequests, people, users } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { conflict, forbidden, notFound, ruleBroken, staleVersion } from '../../http/errors';
import { offsetOf } from '../../http/pagination';
import { assertActivePerson, iso, loadAccountFor, visibleTo } from '../accounts/queries';
import { recordAudit } from '../audit/record-audit';
import { handOverManager } from './manager-stints';

const candidate = alias(people, 'candidate');
const previous = alias(people, 'previous');
const requester = alias(users, 'requester');
const decider = alias(users, 'decider');

const columns = {
  id: managerRequests.id,
  accountId: managerRequests.accountId,
  accountName: accounts.name,
  personId: managerRequests.personId,
  personName: candidate.name,
  previousPersonId: managerRequests.previousPersonId,
  previousPersonName: previous.name,
  note: managerRequests.note,
  status: managerRequests.status,
  requestedByName: requester.name,
  requestedAt: managerRequests.requestedAt,
  decidedByName: decider.name,
  decidedAt: managerRequests.decidedAt,
  decisionReason: managerRequests.decisionReason,
  version: managerRequests.version,
};

function selectRequests(db: Db) {
  return db
    .select(columns)
    .from(managerRequests)
    .innerJoin(accounts, eq(accounts.id, managerRequests.accountId))
    .innerJoin(candidate, eq(candidate.id, managerRequests.personId))
    .leftJoin(previous, eq(previous.id, managerRequests.previousPersonId))
    .leftJoin(requester, eq(requester.id, managerRequests.requestedByUserId))
    .leftJoin(decider, eq(decider.id, managerRequests.decidedByUserId));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectRequests>['where']>>[number];
const present = (r: Row): ManagerRequest => ({
  ...r,
  requestedAt: iso(r.requestedAt),
  decidedAt: iso(r.decidedAt),
});

async function loadRequest(db: Db, id: string): Promise<ManagerRequest> {
  const [row] = await selectRequests(db).where(eq(managerRequests.id, id));
  if (!row) throw notFound('Request');
  return present(row);
}

export async function accountManagerRequests(
  db: Db,
  actor: Actor,
  accountId: string,
  today: IsoDate,
): Promise<ManagerRequest[]> {
  await loadAccountFor(db, actor, accountId, 'read', today);
  const rows = await selectRequests(db)
    .where(eq(managerRequests.accountId, accountId))
    .orderBy(desc(managerRequests.requestedAt));
  return rows.map(present);
}

/** The director's inbox (and anyone's view of the requests on the accounts they may see). */
export async function listManagerRequests(
  db: Db,
  actor: Actor,
  query: z.output<typeof ListManagerRequestsQuery>,
  today: IsoDate,
): Promise<Page<ManagerRequest>> {
  const where = and(
    ...([visibleTo(actor, today), query.status ? eq(managerRequests.status, query.status) : undefined] as (
      | SQL
      | undefined
    )[]),
  );
  const order =
    query.sort === 'requestedAt' ? managerRequests.requestedAt : desc(managerRequests.requestedAt);
  const [rows, [total]] = await Promise.all([
    selectRequests(db)
      .where(where)
      .orderBy(order, managerRequests.id)
      .limit(query.pageSize)
      .offset(offsetOf(query.page, query.pageSize)),
    db
      .select({ n: count() })
      .from(managerRequests)
      .innerJoin(accounts, eq(accounts.id, managerRequests.accountId))
      .where(where),
  ]);
  return { items: rows.map(present), total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

/** The account's manager (or a director) asks for someone to take the role; a director decides. */
export async function requestManager(
  db: Db,
  actor: SignedIn,
  accountId: string,
  body: z.output<typeof CreateManagerRequestBody>,
  today: IsoDate,
): Promise<ManagerRequest> {
  return db.transaction(async (tx) => {
    const { account } = await loadAccountFor(tx, actor, accountId, 'requestManager', today, true);
    await assertActivePerson(tx, body.personId, 'personId');
    if (account.managerPersonId === body.personId)
      throw ruleBroken('This person already is the account manager', {
        personId: 'Already the account manager',
      });
    const [pending] = await tx
      .select({ id: managerRequests.id })
      .from(managerRequests)
      .where(and(eq(managerRequests.accountId, accountId), eq(managerRequests.status, 'pending')));
    if (pending)
      throw conflict('A request for this account is already waiting for a director’s decision', {
        personId: 'A request is already waiting',
      });
    const [row] = await tx
      .insert(managerRequests)
      .values({
        accountId,
        personId: body.personId,
        previousPersonId: account.managerPersonId,
        note: body.note ?? null,
        requestedByUserId: actor.userId,
      })
      .returning({ id: managerRequests.id });
    const created = await loadRequest(tx, row!.id);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      entityType: 'manager_request',
      entityId: row!.id,
      accountId,
      action: 'requested',
      changes: {
        person: { before: created.previousPersonName, after: created.personName },
        ...(created.note && { note: { before: null, after: created.note } }),
      },
    });
    return created;
  });
}

/**
 * A director approves — the hand-over happens in the same transaction: the current manager ends
 * yesterday, the new one starts today — or rejects with a reason, which changes nothing else.
 */
export async function decideManagerRequest(
  db: Db,
  actor: SignedIn,
  requestId: string,
  body: z.output<typeof DecideManagerRequestBody>,
  today: IsoDate,
): Promise<ManagerRequest> {
  if (!canOnWorkspace(actor, 'approveManager'))
    throw forbidden('Only a director approves or rejects a new account manager');
  return db.transaction(async (tx) => {
    const [request] = await tx
      .select()
      .from(managerRequests)
      .where(eq(managerRequests.id, requestId))
      .for('update');
    if (!request) throw notFound('Request');
    if (request.version !== body.version) throw staleVersion();
    if (request.status !== 'pending') throw conflict(`This request was already ${request.status}`);
    const { account } = await loadAccountFor(tx, actor, request.accountId, 'assignManager', today, true);
    const approve = body.decision === 'approve';
    if (approve) {
      await assertActivePerson(tx, request.personId, 'personId');
      if (account.managerPersonId !== request.personId) {
        const { previousPersonId } = await handOverManager(tx, request.accountId, request.personId, today);
        await recordAudit(tx, {
          actorUserId: actor.userId,
          entityType: 'account',
          entityId: request.accountId,
          accountId: request.accountId,
          action: 'updated',
          changes: { managerPersonId: { before: previousPersonId, after: request.personId } },
        });
      }
    }
    await tx
      .update(managerRequests)
      .set({
        status: approve ? 'approved' : 'rejected',
        decidedByUserId: actor.userId,
        decidedAt: new Date().toISOString(),
        decisionReason: body.reason ?? null,
        version: request.version + 1,
        updatedAt: new Date().toISOString(),
      })
      .where(eq(managerRequests.id, requestId));
    const decided = await loadRequest(tx, requestId);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      entityType: 'manager_request',
      entityId: requestId,
      accountId: request.accountId,
      action: approve ? 'approved' : 'rejected',
      changes: {
        status: { before: 'pending', after: decided.status },
        person: { before: decided.personName, after: decided.personName },
        ...(decided.decisionReason && { reason: { before: null, after: decided.decisionReason } }),
      },
    });
    return decided;
  });
}

/** Whoever asked, or a director, takes a pending request back. */
export async function withdrawManagerRequest(
  db: Db,
  actor: SignedIn,
  requestId: string,
  version: number,
  today: IsoDate,
): Promise<ManagerRequest> {
  return db.transaction(async (tx) => {
    const [request] = await tx
      .select()
      .from(managerRequests)
      .where(eq(managerRequests.id, requestId))
      .for('update');
    if (!request) throw notFound('Request');
    await loadAccountFor(tx, actor, request.accountId, 'read', today);
    if (request.requestedByUserId !== actor.userId && !canOnWorkspace(actor, 'approveManager'))
      throw forbidden('Only whoever asked, or a director, withdraws a request');
    if (request.version !== version) throw staleVersion();
    if (request.status !== 'pending') throw conflict(`This request was already ${request.status}`);
    await tx
      .update(managerRequests)
      .set({ status: 'withdrawn', version: version + 1, updatedAt: new Date().toISOString() })
      .where(eq(managerRequests.id, requestId));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      entityType: 'manager_request',
      entityId: requestId,
      accountId: request.accountId,
      action: 'withdrawn',
      changes: { status: { before: 'pending', after: 'withdrawn' } },
    });
    return loadRequest(tx, requestId);
  });
}

/**
 * A director who sets the account manager on the account itself decides without a request; the
 * procedure's record still shows it, as a request approved by them at once. A request that was waiting
 * for the account is superseded: withdrawn, with that reason.
 */
export async function recordDirectAssignment(
  tx: Db,
  actorUserId: string,
  accountId: string,
  change: { previousPersonId: string | null; personId: string | null },
): Promise<void> {
  const now = new Date().toISOString();
  await tx
    .update(managerRequests)
    .set({
      status: 'withdrawn',
      decidedByUserId: actorUserId,
      decidedAt: now,
      decisionReason: 'Superseded: a director assigned the account manager directly',
      version: sql`${managerRequests.version} + 1`,
      updatedAt: now,
    })
    .where(and(eq(managerRequests.accountId, accountId), eq(managerRequests.status, 'pending')));
  if (!change.personId) return;
  const [row] = await tx
    .insert(managerRequests)
    .values({
      accountId,
      personId: change.personId,
      previousPersonId: change.previousPersonId,
      note: 'Assigned directly by a director',
      status: 'approved',
      requestedByUserId: actorUserId,
      decidedByUserId: actorUserId,
      decidedAt: now,
    })
    .returning({ id: managerRequests.id });
  await recordAudit(tx, {
    actorUserId,
    entityType: 'manager_request',
    entityId: row!.id,
    accountId,
    action: 'approved',
    changes: {
      status: { before: null, after: 'approved' },
      note: { before: null, after: 'Assigned directly by a director' },
    },
  });
}
