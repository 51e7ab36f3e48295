import {
  AuditPage,
  AuditQuery,
  Contact,
  ContactDetail,
  ContactPage,
  ContactParams,
  CreateContactBody,
  IdParams,
  ListContactsQuery,
  MarkLeftBody,
  UpdateContactBody,
} from '@vested/contracts';
import { isoDate } from '@vested/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/authenticate';
import { loadAccountFor } from '../accounts/queries';
import { conflictRoutes } from './conflict-routes';
import { contactDetail } from './contact-detail';
import { contactHistory } from './contact-history';
import { createContact } from './create-contact';
import { listContacts } from './list-contacts';
import { mapRoutes } from './map-routes';
import { markContactLeft } from './mark-contact-left';
import { portfolioRoutes } from './portfolio-routes';
import { loadContactFor } from './queries';
import { relationshipRoutes } from './relationship-routes';
import { updateContact } from './update-contact';

const tags = ['stakeholders'];

/**
 * The stakeholder map. Every route loads the account (directly, or through the contact's account) with
 * `loadAccountFor`: reads need 'read', writes 'update'; an account the caller may not see answers 404.
 */
export function stakeholderRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const today = () => isoDate(ctx.clock());

  r.get(
    '/api/v1/accounts/:id/contacts',
    { schema: { tags, params: IdParams, querystring: ListContactsQuery, response: { 200: ContactPage } } },
    async (req) => {
      await loadAccountFor(ctx.db, actorOf(req), req.params.id, 'read', today());
      return listContacts(ctx.db, req.params.id, req.query);
    },
  );

  r.post(
    '/api/v1/accounts/:id/contacts',
    { schema: { tags, params: IdParams, body: CreateContactBody, response: { 201: Contact } } },
    async (req, reply) => {
      const now = ctx.clock();
      const contact = await createContact(ctx.db, actorOf(req), req.params.id, req.body, now, isoDate(now));
      return reply.code(201).send(contact);
    },
  );

  r.get(
    '/api/v1/contacts/:contactId',
    { schema: { tags, params: ContactParams, response: { 200: ContactDetail } } },
    async (req) => {
      const contact = await loadContactFor(ctx.db, actorOf(req), req.params.contactId, 'read', today());
      return contactDetail(ctx.db, contact);
    },
  );

  r.get(
    '/api/v1/contacts/:contactId/history',
    { schema: { tags, params: ContactParams, querystring: AuditQuery, response: { 200: AuditPage } } },
    async (req) => {
      await loadContactFor(ctx.db, actorOf(req), req.params.contactId, 'read', today());
      return contactHistory(ctx.db, req.params.contactId, req.query.page, req.query.pageSize);
    },
  );

  r.patch(
    '/api/v1/contacts/:contactId',
    { schema: { tags, params: ContactParams, body: UpdateContactBody, response: { 200: Contact } } },
    (req) => {
      const now = ctx.clock();
      return updateContact(ctx.db, actorOf(req), req.params.contactId, req.body, now, isoDate(now));
    },
  );

  r.post(
    '/api/v1/contacts/:contactId/left',
    { schema: { tags, params: ContactParams, body: MarkLeftBody, response: { 200: Contact } } },
    (req) => {
      const now = ctx.clock();
      return markContactLeft(ctx.db, actorOf(req), req.params.contactId, req.body, now, isoDate(now));
    },
  );

  relationshipRoutes(app, ctx);
  mapRoutes(app, ctx);
  conflictRoutes(app, ctx);
  portfolioRoutes(app, ctx);
}
