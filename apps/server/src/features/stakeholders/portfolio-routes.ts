import { StakeholderPortfolio, StakeholderPortfolioQuery } from '@vested/contracts';
import { isoDate } from '@vested/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/authenticate';
import { sendJsonText } from '../../http/json-text';
import { readKey } from '../../http/read-cache';
import { stakeholderPortfolio } from './portfolio';

/** Relationships across the portfolio; visibility is part of the query, so no account is loaded first. */
export function portfolioRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/stakeholder-portfolio',
    {
      schema: {
        tags: ['stakeholders'],
        querystring: StakeholderPortfolioQuery,
        response: { 200: StakeholderPortfolio },
      },
    },
    async (req, reply) => {
      // Kept until the data changes, per user, day and query. The contract's parse is what the response
      // serializer did before; done once here, a kept answer skips it too.
      const day = isoDate(ctx.clock());
      const body = await ctx.readCache.read(readKey(req, day), async () =>
        JSON.stringify(
          StakeholderPortfolio.parse(await stakeholderPortfolio(ctx.db, actorOf(req), req.query, day)),
        ),
      );
      return sendJsonText(reply, body);
    },
  );
}
