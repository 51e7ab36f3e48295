import {
  CostRate,
  CostRatePage,
  CostRateParams,
  CreateCostRateBody,
  EconomicsSettings,
  ExchangeRate,
  ExchangeRatePage,
  ExchangeRateParams,
  ListCostRatesQuery,
  ListExchangeRatesQuery,
  Ok,
  PortfolioPage,
  PortfolioQuery,
  PutExchangeRateBody,
  UpdateEconomicsSettingsBody,
} from '@vested/contracts';
import { isoDate } from '@vested/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/authenticate';
import { sendJsonText } from '../../http/json-text';
import { readKey } from '../../http/read-cache';
import { accountEconomicsRoutes } from './account-routes';
import { createCostRate, deleteCostRate, listCostRates } from './cost-rates';
import { explained } from './errors';
import { deleteExchangeRate, listExchangeRates, putExchangeRate } from './exchange-rates';
import { portfolio } from './portfolio';
import { loadSettingsRow, presentSettings, updateSettings } from './settings';

const tags = ['economics'];

/**
 * Economics (PRODUCT.md ideas 1–3): workspace settings, exchange and cost rates, the portfolio, and
 * (account-routes.ts) each account's investments, returns, value events and figures.
 */
export function economicsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const today = () => isoDate(ctx.clock());

  r.get('/api/v1/economics/settings', { schema: { tags, response: { 200: EconomicsSettings } } }, async () =>
    presentSettings(await loadSettingsRow(ctx.db)),
  );
  r.patch(
    '/api/v1/economics/settings',
    { schema: { tags, body: UpdateEconomicsSettingsBody, response: { 200: EconomicsSettings } } },
    (req) => updateSettings(ctx.db, actorOf(req), req.body),
  );

  r.get(
    '/api/v1/economics/exchange-rates',
    { schema: { tags, querystring: ListExchangeRatesQuery, response: { 200: ExchangeRatePage } } },
    (req) => listExchangeRates(ctx.db, req.query),
  );
  r.put(
    '/api/v1/economics/exchange-rates',
    { schema: { tags, body: PutExchangeRateBody, response: { 200: ExchangeRate } } },
    (req) => explained(() => putExchangeRate(ctx.db, actorOf(req), req.body)),
  );
  r.delete(
    '/api/v1/economics/exchange-rates/:currency/:month',
    { schema: { tags, params: ExchangeRateParams, response: { 200: Ok } } },
    async (req) => {
      await deleteExchangeRate(ctx.db, actorOf(req), req.params.currency, req.params.month);
      return { ok: true as const };
    },
  );

  r.get(
    '/api/v1/economics/cost-rates',
    { schema: { tags, querystring: ListCostRatesQuery, response: { 200: CostRatePage } } },
    (req) => listCostRates(ctx.db, actorOf(req), req.query),
  );
  r.post(
    '/api/v1/economics/cost-rates',
    { schema: { tags, body: CreateCostRateBody, response: { 201: CostRate } } },
    async (req, reply) => {
      const made = await explained(() => createCostRate(ctx.db, actorOf(req), req.body));
      return reply.code(201).send(made);
    },
  );
  r.delete(
    '/api/v1/economics/cost-rates/:rateId',
    { schema: { tags, params: CostRateParams, response: { 200: Ok } } },
    async (req) => {
      await explained(() => deleteCostRate(ctx.db, actorOf(req), req.params.rateId));
      return { ok: true as const };
    },
  );

  // Kept by the read cache until data changes (its key: who asks, the day, the query); a failure (422
  // for a missing rate) is never kept. Parsed by the contract before it is kept, as the serializer did.
  r.get(
    '/api/v1/portfolio',
    { schema: { tags, querystring: PortfolioQuery, response: { 200: PortfolioPage } } },
    async (req, reply) => {
      const day = today();
      const body = await ctx.readCache.read(readKey(req, day), async () =>
        JSON.stringify(
          PortfolioPage.parse(await explained(() => portfolio(ctx.db, actorOf(req), req.query, day))),
        ),
      );
      return sendJsonText(reply, body);
    },
  );

  accountEconomicsRoutes(app, ctx);
}
