import {
  AccountEconomics,
  CreateInvestmentBody,
  CreateValueEventBody,
  EconomicsQuery,
  IdParams,
  Investment,
  InvestmentPage,
  InvestmentParams,
  ListInvestmentsQuery,
  ListReturnsQuery,
  ListValueEventsQuery,
  MonthlyReturnPage,
  Ok,
  PutMonthlyReturnBody,
  PutMonthlyReturnResult,
  UpdateInvestmentBody,
  UpdateValueEventBody,
  ValueEvent,
  ValueEventPage,
  ValueEventParams,
} from '@vested/contracts';
import { isoDate } from '@vested/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/authenticate';
import { sendJsonText } from '../../http/json-text';
import { readKey } from '../../http/read-cache';
import { loadAccountFor } from '../accounts/queries';
import { accountEconomics } from './account-economics';
import { explained } from './errors';
import { listInvestments } from './investment-queries';
import { createInvestment, deleteInvestment, updateInvestment } from './investments';
import { listReturns, putReturn } from './returns';
import { createValueEvent, deleteValueEvent, listValueEvents, updateValueEvent } from './value-events';

const tags = ['economics'];

/** One account's economics: reads need `readEconomics` (404 when the account is not visible). */
export function accountEconomicsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const today = () => isoDate(ctx.clock());

  // Kept by the read cache until data changes (key: who asks, the day, the path and query); a 404 or a
  // 422 is never kept. Parsed by the contract before it is kept, as the serializer did.
  r.get(
    '/api/v1/accounts/:id/economics',
    { schema: { tags, params: IdParams, querystring: EconomicsQuery, response: { 200: AccountEconomics } } },
    async (req, reply) => {
      const day = today();
      const body = await ctx.readCache.read(readKey(req, day), async () =>
        JSON.stringify(
          AccountEconomics.parse(
            await explained(() => accountEconomics(ctx.db, actorOf(req), req.params.id, req.query, day)),
          ),
        ),
      );
      return sendJsonText(reply, body);
    },
  );

  r.get(
    '/api/v1/accounts/:id/investments',
    {
      schema: {
        tags,
        params: IdParams,
        querystring: ListInvestmentsQuery,
        response: { 200: InvestmentPage },
      },
    },
    async (req) => {
      await loadAccountFor(ctx.db, actorOf(req), req.params.id, 'readEconomics', today());
      return listInvestments(ctx.db, req.params.id, req.query);
    },
  );
  r.post(
    '/api/v1/accounts/:id/investments',
    { schema: { tags, params: IdParams, body: CreateInvestmentBody, response: { 201: Investment } } },
    async (req, reply) => {
      const made = await explained(() =>
        createInvestment(ctx.db, actorOf(req), req.params.id, req.body, today()),
      );
      return reply.code(201).send(made);
    },
  );
  r.patch(
    '/api/v1/accounts/:id/investments/:investmentId',
    { schema: { tags, params: InvestmentParams, body: UpdateInvestmentBody, response: { 200: Investment } } },
    (req) =>
      explained(() =>
        updateInvestment(ctx.db, actorOf(req), req.params.id, req.params.investmentId, req.body, today()),
      ),
  );
  r.delete(
    '/api/v1/accounts/:id/investments/:investmentId',
    { schema: { tags, params: InvestmentParams, response: { 200: Ok } } },
    async (req) => {
      await explained(() =>
        deleteInvestment(ctx.db, actorOf(req), req.params.id, req.params.investmentId, today()),
      );
      return { ok: true as const };
    },
  );

  r.get(
    '/api/v1/accounts/:id/returns',
    {
      schema: { tags, params: IdParams, querystring: ListReturnsQuery, response: { 200: MonthlyReturnPage } },
    },
    async (req) => {
      await loadAccountFor(ctx.db, actorOf(req), req.params.id, 'readEconomics', today());
      return listReturns(ctx.db, req.params.id, req.query);
    },
  );
  r.put(
    '/api/v1/accounts/:id/returns',
    {
      schema: {
        tags,
        params: IdParams,
        body: PutMonthlyReturnBody,
        response: { 200: PutMonthlyReturnResult },
      },
    },
    (req) => explained(() => putReturn(ctx.db, actorOf(req), req.params.id, req.body, today())),
  );

  r.get(
    '/api/v1/accounts/:id/value-events',
    {
      schema: {
        tags,
        params: IdParams,
        querystring: ListValueEventsQuery,
        response: { 200: ValueEventPage },
      },
    },
    async (req) => {
      await loadAccountFor(ctx.db, actorOf(req), req.params.id, 'readEconomics', today());
      return listValueEvents(ctx.db, req.params.id, req.query);
    },
  );
  r.post(
    '/api/v1/accounts/:id/value-events',
    { schema: { tags, params: IdParams, body: CreateValueEventBody, response: { 201: ValueEvent } } },
    async (req, reply) => {
      const made = await createValueEvent(ctx.db, actorOf(req), req.params.id, req.body, today());
      return reply.code(201).send(made);
    },
  );
  r.patch(
    '/api/v1/accounts/:id/value-events/:eventId',
    { schema: { tags, params: ValueEventParams, body: UpdateValueEventBody, response: { 200: ValueEvent } } },
    (req) => updateValueEvent(ctx.db, actorOf(req), req.params.id, req.params.eventId, req.body, today()),
  );
  r.delete(
    '/api/v1/accounts/:id/value-events/:eventId',
    { schema: { tags, params: ValueEventParams, response: { 200: Ok } } },
    async (req) => {
      await deleteValueEvent(ctx.db, actorOf(req), req.params.id, req.params.eventId, today());
      return { ok: true as const };
    },
  );
}
