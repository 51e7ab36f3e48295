import {
  AddOwnerBody,
  ContactOwner,
  ContactParams,
  CreateReadingBody,
  Ok,
  OwnerParams,
  ReadingList,
  SatisfactionReading,
  UpdateOwnerBody,
} from '@vested/contracts';
import { isoDate } from '@vested/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/authenticate';
import { addOwner, removeOwner, updateOwner } from './change-owners';
import { loadContactFor } from './queries';
import { createReading, listReadings } from './readings';

const tags = ['stakeholders'];

/** Our side of each relationship (owners) and the contact's satisfaction history (readings). */
export function relationshipRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const today = () => isoDate(ctx.clock());

  r.get(
    '/api/v1/contacts/:contactId/readings',
    { schema: { tags, params: ContactParams, response: { 200: ReadingList } } },
    async (req) => {
      await loadContactFor(ctx.db, actorOf(req), req.params.contactId, 'read', today());
      return { items: await listReadings(ctx.db, req.params.contactId) };
    },
  );

  r.post(
    '/api/v1/contacts/:contactId/readings',
    {
      schema: {
        tags,
        params: ContactParams,
        body: CreateReadingBody,
        response: { 201: SatisfactionReading },
      },
    },
    async (req, reply) => {
      const now = ctx.clock();
      const reading = await createReading(
        ctx.db,
        actorOf(req),
        req.params.contactId,
        req.body,
        now,
        isoDate(now),
      );
      return reply.code(201).send(reading);
    },
  );

  r.post(
    '/api/v1/contacts/:contactId/owners',
    { schema: { tags, params: ContactParams, body: AddOwnerBody, response: { 201: ContactOwner } } },
    async (req, reply) => {
      const now = ctx.clock();
      const owner = await addOwner(ctx.db, actorOf(req), req.params.contactId, req.body, now, isoDate(now));
      return reply.code(201).send(owner);
    },
  );

  r.patch(
    '/api/v1/contacts/:contactId/owners/:ownerId',
    { schema: { tags, params: OwnerParams, body: UpdateOwnerBody, response: { 200: ContactOwner } } },
    (req) => {
      const now = ctx.clock();
      const { contactId, ownerId } = req.params;
      return updateOwner(ctx.db, actorOf(req), contactId, ownerId, req.body, now, isoDate(now));
    },
  );

  r.delete(
    '/api/v1/contacts/:contactId/owners/:ownerId',
    { schema: { tags, params: OwnerParams, response: { 200: Ok } } },
    async (req) => {
      const now = ctx.clock();
      const { contactId, ownerId } = req.params;
      await removeOwner(ctx.db, actorOf(req), contactId, ownerId, now, isoDate(now));
      return { ok: true as const };
    },
  );
}
