import {
  CreatePersonBody,
  DepartmentList,
  IdParams,
  ListPeopleQuery,
  Person,
  PersonDetail,
  PersonPage,
  UpdatePersonBody,
} from '@vested/contracts';
import { isoDate } from '@vested/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/authenticate';
import { listDepartments, listPeople } from './list-people';
import { personDetail } from './person-detail';
import { createPerson, updatePerson } from './save-person';

const tags = ['people'];

/** The people directory is readable by every signed-in user; changing it is for admins and directors. */
export function peopleRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/people',
    { schema: { tags, querystring: ListPeopleQuery, response: { 200: PersonPage } } },
    (req) => {
      actorOf(req);
      return listPeople(ctx.db, req.query);
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
}
