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

/** The account's map as the Relationships tab draws it: org chart, power/interest grid, figures. */
export function mapRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const today = () => isoDate(ctx.clock());

  r.get(
    '/api/v1/accounts/:id/org-chart',
    { schema: { tags, params: IdParams, response: { 200: OrgChart } } },
    async (req, reply) => {
      // Kept until the data changes: the key names the user and the day, so the access check is part
      // of what is kept (a refusal is an error, never kept).
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
    async (req) => {
      await loadAccountFor(ctx.db, actorOf(req), req.params.id, 'read', today());
      return stakeholderGrid(ctx.db, req.params.id);
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
    async (req) => {
      await loadAccountFor(ctx.db, actorOf(req), req.params.id, 'read', today());
      return stakeholderFigures(ctx.db, req.params.id, req.query, today());
    },
  );
}
