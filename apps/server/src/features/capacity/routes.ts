import { IdParams, MatrixPage, MatrixQuery, PersonCapacity, PersonCapacityQuery } from '@vested/contracts';
import { isoDate } from '@vested/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/authenticate';
import { type JsonText, sendJsonText } from '../../http/json-text';
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

  // A page can hold a thousand cells: it is written with JSON.stringify and sent as is, without the
  // response schema's second pass over it (the feature test checks the answer against MatrixPage).
  r.get(
    '/api/v1/capacity/matrix',
    { schema: { tags, querystring: MatrixQuery, response: { 200: MatrixPage } } },
    async (req, reply) => {
      const page = await capacityMatrix(ctx.db, actorOf(req), req.query, today());
      return sendJsonText(reply, JSON.stringify(page) as JsonText<typeof MatrixPage>);
    },
  );

  r.get(
    '/api/v1/people/:id/capacity',
    {
      schema: { tags, params: IdParams, querystring: PersonCapacityQuery, response: { 200: PersonCapacity } },
    },
    (req) => personCapacity(ctx.db, actorOf(req), req.params.id, req.query, today()),
  );
}
