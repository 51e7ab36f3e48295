import type { CreatePersonBody, Person, UpdatePersonBody } from '@vested/contracts';
import { canOnWorkspace, diffFields, wouldCreateCycle } from '@vested/domain';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { people } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { conflict, forbidden, notFound, ruleBroken, staleVersion } from '../../http/errors';
import { recordAudit } from '../audit/record-audit';
import { replaceSkills } from './person-skills';
import { loadPerson } from './queries';

function authorize(actor: SignedIn) {
  if (!canOnWorkspace(actor, 'managePeople')) throw forbidden('Only an admin or a director edits people');
}

async function assertEmailFree(tx: Db, email: string | null | undefined, exceptId?: string) {
  if (!email) return;
  const [other] = await tx
    .select({ id: people.id })
    .from(people)
    .where(eq(sql`lower(${people.email})`, email.toLowerCase()));
  if (other && other.id !== exceptId)
    throw conflict('Another person has this email', { email: 'Already in use' });
}

/** Line managers form a tree: nobody may end up managing themselves through a chain. */
async function assertLineManager(tx: Db, personId: string | null, managerId: string | null | undefined) {
  if (!managerId) return;
  // Only the chain above the new manager matters; UNION stops on an existing loop.
  const chain = await tx.execute(sql`
    with recursive up(id, parent) as (
      select id, line_manager_person_id from ${people} where id = ${managerId}
      union
      select p.id, p.line_manager_person_id from ${people} p join up on p.id = up.parent
    ) select id, parent from up`);
  const rows = (chain as unknown as { rows: { id: string; parent: string | null }[] }).rows;
  const parents = new Map(rows.map((r) => [r.id, r.parent]));
  if (!parents.has(managerId)) throw ruleBroken('No such person', { lineManagerPersonId: 'No such person' });
  if (personId && wouldCreateCycle(personId, managerId, (n) => parents.get(n))) {
    const message = 'This would make the person their own (indirect) line manager';
    throw ruleBroken(message, { lineManagerPersonId: message });
  }
}

export async function createPerson(
  db: Db,
  actor: SignedIn,
  body: z.output<typeof CreatePersonBody>,
): Promise<Person> {
  authorize(actor);
  return db.transaction(async (tx) => {
    await assertEmailFree(tx, body.email);
    await assertLineManager(tx, null, body.lineManagerPersonId);
    const { skills, ...fields } = body;
    const [row] = await tx.insert(people).values(fields).returning({ id: people.id });
    const skillChange = skills ? await replaceSkills(tx, row!.id, skills) : null;
    await recordAudit(tx, {
      actorUserId: actor.userId,
      entityType: 'person',
      entityId: row!.id,
      action: 'created',
      changes: {
        ...diffFields(null, fields),
        ...(skillChange && { skills: { before: null, after: skillChange.after } }),
      },
    });
    return loadPerson(tx, row!.id);
  });
}

export async function updatePerson(
  db: Db,
  actor: SignedIn,
  id: string,
  body: z.output<typeof UpdatePersonBody>,
): Promise<Person> {
  authorize(actor);
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(people).where(eq(people.id, id)).for('update');
    if (!current) throw notFound('Person');
    if (current.version !== body.version) throw staleVersion();
    const { version: _v, skills, ...patch } = body;
    const changes = diffFields(current, patch);
    if ('email' in changes) await assertEmailFree(tx, patch.email, id);
    if ('lineManagerPersonId' in changes) await assertLineManager(tx, id, patch.lineManagerPersonId);
    // Skills are the person's too: a change to them is a change of the person (version, audit).
    const skillChange = skills ? await replaceSkills(tx, id, skills) : null;
    if (skillChange) changes.skills = skillChange;
    if (Object.keys(changes).length === 0) return loadPerson(tx, id);
    const changed = Object.fromEntries(
      Object.keys(changes)
        .filter((k) => k !== 'skills')
        .map((k) => [k, patch[k as keyof typeof patch]]),
    );
    await tx
      .update(people)
      .set({ ...changed, version: sql`${people.version} + 1`, updatedAt: new Date().toISOString() })
      .where(eq(people.id, id));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      entityType: 'person',
      entityId: id,
      action: 'updated',
      changes,
    });
    return loadPerson(tx, id);
  });
}
