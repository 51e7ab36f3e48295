import {
  CreatePersonBody,
  CreateSkillBody,
  CreateTrainingBody,
  DepartmentList,
  IdParams,
  ListPeopleQuery,
  ListSkillsQuery,
  Ok,
  Person,
  PersonDetail,
  PersonPage,
  Skill,
  SkillPage,
  Training,
  TrainingList,
  TrainingParams,
  UpdatePersonBody,
  UpdateSkillBody,
  UpdateTrainingBody,
} from '@vested/contracts';
import { isoDate } from '@vested/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/authenticate';
import { listDepartments, listPeople } from './list-people';
import { personDetail } from './person-detail';
import { createPerson, updatePerson } from './save-person';
import { createSkill, listSkills, updateSkill } from './skills';
import { createTraining, deleteTraining, listTrainings, updateTraining } from './trainings';

const tags = ['people'];

/** The people directory is readable by every signed-in user; changing it is for admins and directors. */
export function peopleRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/people',
    { schema: { tags, querystring: ListPeopleQuery, response: { 200: PersonPage } } },
    (req) => {
      actorOf(req);
      return listPeople(ctx.db, req.query, isoDate(ctx.clock()));
    },
  );

  r.get(
    '/api/v1/people/departments',
    { schema: { tags, response: { 200: DepartmentList } } },
    async (req) => {
      actorOf(req);
      return { items: await listDepartments(ctx.db) };
    },
  );

  r.post(
    '/api/v1/people',
    { schema: { tags, body: CreatePersonBody, response: { 201: Person } } },
    async (req, reply) => {
      const person = await createPerson(ctx.db, actorOf(req), req.body);
      return reply.code(201).send(person);
    },
  );

  r.get(
    '/api/v1/people/:id',
    { schema: { tags, params: IdParams, response: { 200: PersonDetail } } },
    (req) => personDetail(ctx.db, actorOf(req), req.params.id, isoDate(ctx.clock())),
  );

  r.patch(
    '/api/v1/people/:id',
    { schema: { tags, params: IdParams, body: UpdatePersonBody, response: { 200: Person } } },
    (req) => updatePerson(ctx.db, actorOf(req), req.params.id, req.body),
  );

  r.get(
    '/api/v1/people/:id/trainings',
    { schema: { tags, params: IdParams, response: { 200: TrainingList } } },
    async (req) => {
      actorOf(req);
      return { items: await listTrainings(ctx.db, req.params.id) };
    },
  );

  r.post(
    '/api/v1/people/:id/trainings',
    { schema: { tags, params: IdParams, body: CreateTrainingBody, response: { 201: Training } } },
    async (req, reply) =>
      reply.code(201).send(await createTraining(ctx.db, actorOf(req), req.params.id, req.body)),
  );

  r.patch(
    '/api/v1/people/:id/trainings/:trainingId',
    { schema: { tags, params: TrainingParams, body: UpdateTrainingBody, response: { 200: Training } } },
    (req) => updateTraining(ctx.db, actorOf(req), req.params.id, req.params.trainingId, req.body),
  );

  r.delete(
    '/api/v1/people/:id/trainings/:trainingId',
    { schema: { tags, params: TrainingParams, response: { 200: Ok } } },
    async (req) => {
      await deleteTraining(ctx.db, actorOf(req), req.params.id, req.params.trainingId);
      return { ok: true as const };
    },
  );

  // The skill catalogue: read by everyone, changed by admins and directors.
  r.get(
    '/api/v1/skills',
    { schema: { tags, querystring: ListSkillsQuery, response: { 200: SkillPage } } },
    (req) => {
      actorOf(req);
      return listSkills(ctx.db, req.query);
    },
  );

  r.post(
    '/api/v1/skills',
    { schema: { tags, body: CreateSkillBody, response: { 201: Skill } } },
    async (req, reply) => reply.code(201).send(await createSkill(ctx.db, actorOf(req), req.body)),
  );

  r.patch(
    '/api/v1/skills/:id',
    { schema: { tags, params: IdParams, body: UpdateSkillBody, response: { 200: Skill } } },
    (req) => updateSkill(ctx.db, actorOf(req), req.params.id, req.body),
  );
}
