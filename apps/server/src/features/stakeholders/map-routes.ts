import {
  IdParams,
  OrgChart,
  StakeholderFigures,
  StakeholderFiguresQuery,
  StakeholderGrid,
} from '@vested/contracts';
import { isoDate } from '@vested/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/authenticate';
import { sendJsonText } from '../../http/json-text';
import { readKey } from '../../http/read-cache';
import { loadAccountFor } from '../accounts/queries';
import { stakeholderFigures } from './figures';
import { stakeholderGrid } from './grid';
import { orgChart } from './org-chart';

const tags = ['stakeholders'];

/**
 * The account's map as the Relationships tab draws it: org chart, power/interest grid, figures — each kept
 * in the read cache until the data changes, with the access check inside what is kept (the key names the
 * user and the day; a refusal is an error, never kept). PostgreSQL writes the chart's and the grid's
 * JSON; the figures are parsed by their contract once, when computed (what the response serializer did
 * on every read).
 */
export function mapRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const today = () => isoDate(ctx.clock());

  r.get(
    '/api/v1/accounts/:id/org-chart',
    { schema: { tags, params: IdParams, response: { 200: OrgChart } } },
    async (req, reply) => {
      const day = today();
      const body = await ctx.readCache.read(readKey(req, day), async () => {
        await loadAccountFor(ctx.db, actorOf(req), req.params.id, 'read', day);
        return orgChart(ctx.db, req.params.id);
      });
      return sendJsonText(reply, body);
    },
  );

  r.get(
    '/api/v1/accounts/:id/stakeholder-grid',
    { schema: { tags, params: IdParams, response: { 200: StakeholderGrid } } },
    async (req, reply) => {
      const day = today();
      const body = await ctx.readCache.read(readKey(req, day), async () => {
        await loadAccountFor(ctx.db, actorOf(req), req.params.id, 'read', day);
        return stakeholderGrid(ctx.db, req.params.id);
      });
      return sendJsonText(reply, body);
    },
  );

  r.get(
    '/api/v1/accounts/:id/stakeholder-figures',
    {
      schema: {
        tags,
        params: IdParams,
        querystring: StakeholderFiguresQuery,
        response: { 200: StakeholderFigures },
      },
    },
    async (req, reply) => {
      // The key holds the query's thresholds (the URL) and the day the figures are counted on.
      const day = today();
      const body = await ctx.readCache.read(readKey(req, day), async () => {
        await loadAccountFor(ctx.db, actorOf(req), req.params.id, 'read', day);
        return JSON.stringify(
          StakeholderFigures.parse(await stakeholderFigures(ctx.db, req.params.id, req.query, day)),
        );
      });
      return sendJsonText(reply, body);
    },
  );
}
