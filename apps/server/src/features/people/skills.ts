import type { CreateSkillBody, ListSkillsQuery, Page, Skill, UpdateSkillBody } from '@vested/contracts';
import { canOnWorkspace, diffFields } from '@vested/domain';
import { and, count, eq, ilike, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { personSkills, skills } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { conflict, forbidden, notFound, ruleBroken, staleVersion } from '../../http/errors';
import { containsPattern, offsetOf, orderBy } from '../../http/pagination';
import { recordAudit } from '../audit/record-audit';

const columns = {
  id: skills.id,
  name: skills.name,
  category: skills.category,
  key: skills.key,
  active: skills.active,
  version: skills.version,
  people: sql<number>`(select count(*)::int from ${personSkills} where ${personSkills.skillId} = ${skills.id})`,
};

export async function listSkills(db: Db, query: z.output<typeof ListSkillsQuery>): Promise<Page<Skill>> {
  const where = and(
    ...([
      query.active === 'all' ? undefined : eq(skills.active, query.active === 'true'),
      query.category ? eq(skills.category, query.category) : undefined,
      query.q ? ilike(skills.name, containsPattern(query.q)) : undefined,
    ] as (SQL | undefined)[]),
  );
  const [rows, [total]] = await Promise.all([
    db
      .select(columns)
      .from(skills)
      .where(where)
      .orderBy(...orderBy(query.sort, { name: skills.name, category: skills.category }, skills.id))
      .limit(query.pageSize)
      .offset(offsetOf(query.page, query.pageSize)),
    db.select({ n: count() }).from(skills).where(where),
  ]);
  return {
    items: rows.map((r) => ({ ...r, people: Number(r.people) })),
    total: total?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

async function loadSkill(db: Db, id: string): Promise<Skill> {
  const [row] = await db.select(columns).from(skills).where(eq(skills.id, id));
  if (!row) throw notFound('Skill');
  return { ...row, people: Number(row.people) };
}

function authorize(actor: SignedIn) {
  if (!canOnWorkspace(actor, 'manageCatalogue'))
    throw forbidden('Only an admin or a director changes the workspace lists');
}

async function assertNameFree(tx: Db, name: string, exceptId?: string) {
  const [other] = await tx
    .select({ id: skills.id })
    .from(skills)
    .where(eq(sql`lower(${skills.name})`, name.toLowerCase()));
  if (other && other.id !== exceptId)
    throw conflict('A skill has this name', { name: 'Already in the catalogue' });
}

export async function createSkill(
  db: Db,
  actor: SignedIn,
  body: z.output<typeof CreateSkillBody>,
): Promise<Skill> {
  authorize(actor);
  return db.transaction(async (tx) => {
    await assertNameFree(tx, body.name);
    const [row] = await tx.insert(skills).values(body).returning({ id: skills.id });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      entityType: 'skill',
      entityId: row!.id,
      action: 'created',
      changes: diffFields(null, body),
    });
    return loadSkill(tx, row!.id);
  });
}

export async function updateSkill(
  db: Db,
  actor: SignedIn,
  id: string,
  body: z.output<typeof UpdateSkillBody>,
): Promise<Skill> {
  authorize(actor);
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(skills).where(eq(skills.id, id)).for('update');
    if (!current) throw notFound('Skill');
    if (current.version !== body.version) throw staleVersion();
    const { version: _v, ...patch } = body;
    // The assessment criteria stay account-management skills, so assessments and the catalogue agree.
    if (current.key && patch.category && patch.category !== 'account_management')
      throw ruleBroken('An assessment criterion stays an account-management skill', {
        category: 'An assessment criterion stays an account-management skill',
      });
    const changes = diffFields(current, patch);
    if (Object.keys(changes).length === 0) return loadSkill(tx, id);
    if (patch.name) await assertNameFree(tx, patch.name, id);
    await tx
      .update(skills)
      .set({ ...patch, version: sql`${skills.version} + 1`, updatedAt: new Date().toISOString() })
      .where(eq(skills.id, id));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      entityType: 'skill',
      entityId: id,
      action: 'updated',
      changes,
    });
    return loadSkill(tx, id);
  });
}
