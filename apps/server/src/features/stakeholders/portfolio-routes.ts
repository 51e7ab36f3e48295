import { StakeholderPortfolio, StakeholderPortfolioQuery } from '@vested/contracts';
import { isoDate } from '@vested/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/authenticate';
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
    (req) => stakeholderPortfolio(ctx.db, actorOf(req), req.query, isoDate(ctx.clock())),
  );
}
