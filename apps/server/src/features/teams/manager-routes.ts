import {
  CreateManagerRequestBody,
  DecideManagerRequestBody,
  IdParams,
  ListManagerRequestsQuery,
  ManagerRequest,
  ManagerRequestList,
  ManagerRequestPage,
  ManagerRequestParams,
  VersionBody,
} from '@vested/contracts';
import { isoDate } from '@vested/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/authenticate';
import {
  accountManagerRequests,
  decideManagerRequest,
  listManagerRequests,
  requestManager,
  withdrawManagerRequest,
} from './manager-requests';

const tags = ['teams'];

/** The account-manager procedure: request → a director's approval (with the hand-over) or rejection. */
export function managerRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const today = () => isoDate(ctx.clock());

  r.get(
    '/api/v1/accounts/:id/manager-requests',
    { schema: { tags, params: IdParams, response: { 200: ManagerRequestList } } },
    async (req) => ({ items: await accountManagerRequests(ctx.db, actorOf(req), req.params.id, today()) }),
  );

  r.post(
    '/api/v1/accounts/:id/manager-requests',
    { schema: { tags, params: IdParams, body: CreateManagerRequestBody, response: { 201: ManagerRequest } } },
    async (req, reply) => {
      const created = await requestManager(ctx.db, actorOf(req), req.params.id, req.body, today());
      return reply.code(201).send(created);
    },
  );

  r.get(
    '/api/v1/manager-requests',
    { schema: { tags, querystring: ListManagerRequestsQuery, response: { 200: ManagerRequestPage } } },
    (req) => listManagerRequests(ctx.db, actorOf(req), req.query, today()),
  );

  r.post(
    '/api/v1/manager-requests/:requestId/decision',
    {
      schema: {
        tags,
        params: ManagerRequestParams,
        body: DecideManagerRequestBody,
        response: { 200: ManagerRequest },
      },
    },
    (req) => decideManagerRequest(ctx.db, actorOf(req), req.params.requestId, req.body, today()),
  );

  r.post(
    '/api/v1/manager-requests/:requestId/withdraw',
    { schema: { tags, params: ManagerRequestParams, body: VersionBody, response: { 200: ManagerRequest } } },
    (req) => withdrawManagerRequest(ctx.db, actorOf(req), req.params.requestId, req.body.version, today()),
  );
}
