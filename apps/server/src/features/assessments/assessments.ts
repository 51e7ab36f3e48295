import type {
  Assessment,
  AssessmentScores,
  AssessmentWithResults,
  CreateAssessmentBody,
  ManagerHistory,
  UpdateAssessmentBody,
} from '@vested/contracts';
import { averageLevel, canOnWorkspace, diffFields, type IsoDate } from '@vested/domain';
import { desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { managerAssessments, people, users } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { forbidden, invalid, notFound, staleVersion } from '../../http/errors';
import { iso } from '../accounts/queries';
import { recordAudit } from '../audit/record-audit';
import { loadPerson } from '../people/queries';
import { resultsOf } from './results';

const columns = {
  id: managerAssessments.id,
  personId: managerAssessments.personId,
  personName: people.name,
  periodFrom: managerAssessments.periodFrom,
  periodTo: managerAssessments.periodTo,
  scores: managerAssessments.scores,
  summary: managerAssessments.summary,
  assessedByName: users.name,
  version: managerAssessments.version,
  createdAt: managerAssessments.createdAt,
  updatedAt: managerAssessments.updatedAt,
};

function selectAssessments(db: Db) {
  return db
    .select(columns)
    .from(managerAssessments)
    .innerJoin(people, eq(people.id, managerAssessments.personId))
    .leftJoin(users, eq(users.id, managerAssessments.assessedByUserId));
}
type Row = Awaited<ReturnType<ReturnType<typeof selectAssessments>['where']>>[number];

function present(r: Row): Assessment {
  const scores = r.scores as AssessmentScores;
  return {
    ...r,
    scores,
    average: averageLevel(scores),
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

/** Directors read every assessment; an account manager reads their own. */
export function assertMayRead(actor: SignedIn, personId: string): void {
  if (canOnWorkspace(actor, 'assessManager') || actor.personId === personId) return;
  throw forbidden('Assessments are read by directors and by the person assessed');
}

function assertMayAssess(actor: SignedIn): void {
  if (!canOnWorkspace(actor, 'assessManager')) throw forbidden('Only a director assesses account managers');
}

async function loadAssessment(db: Db, id: string): Promise<Assessment> {
  const [row] = await selectAssessments(db).where(eq(managerAssessments.id, id));
  if (!row) throw notFound('Assessment');
  return present(row);
}

async function withResults(
  db: Db,
  viewer: SignedIn,
  a: Assessment,
  today: IsoDate,
): Promise<AssessmentWithResults> {
  return {
    ...a,
    results: await resultsOf(db, viewer, a.personId, { from: a.periodFrom, to: a.periodTo }, today),
  };
}

export async function getAssessment(
  db: Db,
  actor: SignedIn,
  id: string,
  today: IsoDate,
): Promise<AssessmentWithResults> {
  const a = await loadAssessment(db, id);
  assertMayRead(actor, a.personId);
  return withResults(db, actor, a, today);
}

/** Every assessment of a person, newest period first, each beside the results of its period. */
export async function managerHistory(
  db: Db,
  actor: SignedIn,
  personId: string,
  today: IsoDate,
): Promise<ManagerHistory> {
  assertMayRead(actor, personId);
  const person = await loadPerson(db, personId);
  const rows = await selectAssessments(db)
    .where(eq(managerAssessments.personId, personId))
    .orderBy(desc(managerAssessments.periodTo), desc(managerAssessments.createdAt));
  const items: AssessmentWithResults[] = [];
  for (const r of rows) items.push(await withResults(db, actor, present(r), today));
  return { person: { id: person.id, name: person.name }, items };
}

const auditLevels = (scores: AssessmentScores) =>
  Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, v.level]));

export async function createAssessment(
  db: Db,
  actor: SignedIn,
  personId: string,
  body: z.output<typeof CreateAssessmentBody>,
  today: IsoDate,
): Promise<AssessmentWithResults> {
  assertMayAssess(actor);
  const created = await db.transaction(async (tx) => {
    const person = await loadPerson(tx, personId);
    const [row] = await tx
      .insert(managerAssessments)
      .values({ personId, ...body, summary: body.summary ?? null, assessedByUserId: actor.userId })
      .returning({ id: managerAssessments.id });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      entityType: 'manager_assessment',
      entityId: row!.id,
      action: 'created',
      changes: diffFields(null, {
        person: person.name,
        periodFrom: body.periodFrom,
        periodTo: body.periodTo,
        levels: auditLevels(body.scores),
        scores: body.scores,
        summary: body.summary,
      }),
    });
    return loadAssessment(tx, row!.id);
  });
  return withResults(db, actor, created, today);
}

export async function updateAssessment(
  db: Db,
  actor: SignedIn,
  id: string,
  body: z.output<typeof UpdateAssessmentBody>,
  today: IsoDate,
): Promise<AssessmentWithResults> {
  assertMayAssess(actor);
  const updated = await db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(managerAssessments)
      .where(eq(managerAssessments.id, id))
      .for('update');
    if (!current) throw notFound('Assessment');
    if (current.version !== body.version) throw staleVersion();
    const { version: _v, ...patch } = body;
    const from = patch.periodFrom ?? current.periodFrom;
    const to = patch.periodTo ?? current.periodTo;
    if (to < from)
      throw invalid('The period ends before it starts', { periodTo: 'The period ends before it starts' });
    const changes = diffFields(current, patch);
    if (Object.keys(changes).length === 0) return loadAssessment(tx, id);
    await tx
      .update(managerAssessments)
      .set({ ...patch, version: sql`${managerAssessments.version} + 1`, updatedAt: new Date().toISOString() })
      .where(eq(managerAssessments.id, id));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      entityType: 'manager_assessment',
      entityId: id,
      action: 'updated',
      changes,
    });
    return loadAssessment(tx, id);
  });
  return withResults(db, actor, updated, today);
}
