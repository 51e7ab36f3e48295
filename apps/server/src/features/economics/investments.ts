import type { CreateInvestmentBody, Investment, UpdateInvestmentBody } from '@vested/contracts';
import {
  type AccountAccessFacts,
  diffFields,
  type IsoDate,
  toMicroHours,
  withinPeriod,
} from '@vested/domain';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { investments, people } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { invalid, notFound, ruleBroken, staleVersion } from '../../http/errors';
import { loadAccountFor } from '../accounts/queries';
import { assertRoleKnown } from '../teams/queries';
import { auditEconomics, removed } from './audit';
import { loadInvestment, presentInvestment } from './investment-queries';
import { applyInvestment, RateBook } from './rollup';

/** Hours as the exact decimal the numeric column keeps ('7.5' → '7.500000'). */
export function hoursText(hours: number): string {
  const micro = toMicroHours(hours);
  return `${micro / 1_000_000n}.${String(micro % 1_000_000n).padStart(6, '0')}`;
}

async function assertPerson(tx: Db, personId: string | null | undefined): Promise<void> {
  if (!personId) return;
  const [p] = await tx.select({ id: people.id }).from(people).where(eq(people.id, personId));
  if (!p) throw ruleBroken('No such person', { personId: 'No such person' });
}

/** The person's role on the account's team on that day, when the entry does not say. */
function roleOn(facts: AccountAccessFacts, personId: string, date: IsoDate): string | null {
  const m = facts.team.find((t) => t.personId === personId && withinPeriod(date, t.from, t.to));
  return m?.role ?? (facts.managerPersonId === personId ? 'account_manager' : null);
}

export async function createInvestment(
  db: Db,
  actor: SignedIn,
  accountId: string,
  body: z.output<typeof CreateInvestmentBody>,
  today: IsoDate,
): Promise<Investment> {
  return db.transaction(async (tx) => {
    const { facts } = await loadAccountFor(tx, actor, accountId, 'recordInvestment', today);
    await assertPerson(tx, body.personId);
    if (body.kind === 'labor' && body.role) await assertRoleKnown(tx, body.role);
    const values =
      body.kind === 'labor'
        ? {
            accountId,
            kind: body.kind,
            date: body.date,
            personId: body.personId,
            role: body.role === undefined ? roleOn(facts, body.personId, body.date) : body.role,
            hours: hoursText(body.hours),
            note: body.note ?? null,
          }
        : {
            accountId,
            kind: body.kind,
            date: body.date,
            amountMinor: body.amount.amount,
            currency: body.amount.currency,
            personId: body.personId ?? null,
            note: body.note ?? null,
          };
    const [row] = await tx
      .insert(investments)
      .values({ ...values, createdByUserId: actor.userId })
      .returning();
    await applyInvestment(tx, new RateBook(tx), row!, 1);
    await auditEconomics(tx, {
      actorUserId: actor.userId,
      entityType: 'investment',
      entityId: row!.id,
      accountId,
      action: 'created',
      changes: diffFields(null, {
        kind: row!.kind,
        date: row!.date,
        amountMinor: row!.amountMinor,
        currency: row!.currency,
        personId: row!.personId,
        hours: row!.hours,
      }),
    });
    return presentInvestment((await loadInvestment(tx, row!.id))!);
  });
}

export async function updateInvestment(
  db: Db,
  actor: SignedIn,
  accountId: string,
  id: string,
  body: z.output<typeof UpdateInvestmentBody>,
  today: IsoDate,
): Promise<Investment> {
  return db.transaction(async (tx) => {
    await loadAccountFor(tx, actor, accountId, 'recordInvestment', today);
    const [before] = await tx.select().from(investments).where(eq(investments.id, id)).for('update');
    if (!before || before.accountId !== accountId) throw notFound('Investment');
    if (before.version !== body.version) throw staleVersion();
    const labor = before.kind === 'labor';
    if (labor && body.amount)
      throw invalid('Labor is recorded in hours', { amount: 'Labor is recorded in hours' });
    if (!labor && body.hours !== undefined)
      throw invalid('Only labor has hours', { hours: 'Only labor has hours; give an amount' });
    if (!labor && body.role !== undefined)
      throw invalid('Only labor has a role', { role: 'Only labor has a role' });
    if (labor && body.personId === null)
      throw invalid('Labor is always of a person', { personId: 'Labor is always of a person' });
    await assertPerson(tx, body.personId);
    if (body.role) await assertRoleKnown(tx, body.role);
    const next = {
      date: body.date ?? before.date,
      personId: body.personId === undefined ? before.personId : body.personId,
      role: body.role === undefined ? before.role : body.role,
      hours: body.hours === undefined ? before.hours : hoursText(body.hours),
      amountMinor: body.amount ? body.amount.amount : before.amountMinor,
      currency: body.amount ? body.amount.currency : before.currency,
      note: body.note === undefined ? before.note : body.note,
    };
    const changes = diffFields(before, next);
    if (Object.keys(changes).length === 0) return presentInvestment((await loadInvestment(tx, id))!);
    const [after] = await tx
      .update(investments)
      .set({ ...next, version: sql`${investments.version} + 1`, updatedAt: new Date().toISOString() })
      .where(eq(investments.id, id))
      .returning();
    const book = new RateBook(tx);
    await applyInvestment(tx, book, before, -1);
    await applyInvestment(tx, book, after!, 1);
    await auditEconomics(tx, {
      actorUserId: actor.userId,
      entityType: 'investment',
      entityId: id,
      accountId,
      action: 'updated',
      changes,
    });
    return presentInvestment((await loadInvestment(tx, id))!);
  });
}

export async function deleteInvestment(
  db: Db,
  actor: SignedIn,
  accountId: string,
  id: string,
  today: IsoDate,
): Promise<void> {
  await db.transaction(async (tx) => {
    await loadAccountFor(tx, actor, accountId, 'recordInvestment', today);
    const [gone] = await tx.delete(investments).where(eq(investments.id, id)).returning();
    if (!gone || gone.accountId !== accountId) throw notFound('Investment');
    await applyInvestment(tx, new RateBook(tx), gone, -1);
    await auditEconomics(tx, {
      actorUserId: actor.userId,
      entityType: 'investment',
      entityId: id,
      accountId,
      action: 'deleted',
      changes: removed({
        kind: gone.kind,
        date: gone.date,
        amountMinor: gone.amountMinor,
        hours: gone.hours,
      }),
    });
  });
}
