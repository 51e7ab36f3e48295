import { IdParams, MatrixPage, MatrixQuery, PersonCapacity, PersonCapacityQuery } from '@vested/contracts';
import { isoDate } from '@vested/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/authenticate';
import { capacityMatrix } from './matrix';
import { personCapacity } from './person-capacity';

const tags = ['capacity'];

/**
 * Allocations against capacity. Everyone signed in may ask; what they get follows who they are (see
 * `peopleVisibleTo` and the domain's `allocationView`).
 */
export function capacityRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const today = () => isoDate(ctx.clock());

  r.get(
    '/api/v1/capacity/matrix',
    { schema: { tags, querystring: MatrixQuery, response: { 200: MatrixPage } } },
    (req) => capacityMatrix(ctx.db, actorOf(req), req.query, today()),
  );

  r.get(
    '/api/v1/people/:id/capacity',
    {
      schema: { tags, params: IdParams, querystring: PersonCapacityQuery, response: { 200: PersonCapacity } },
    },
    (req) => personCapacity(ctx.db, actorOf(req), req.params.id, req.query, today()),
  );
}
