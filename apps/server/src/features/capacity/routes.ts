import { IdParams, MatrixPage, MatrixQuery, PersonCapacity, PersonCapacityQuery } from '@vested/contracts';
import { isoDate } from '@vested/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/authenticate';
import { sendJsonText } from '../../http/json-text';
import { readKey } from '../../http/read-cache';
import { capacityMatrixJson } from './matrix-json';
import { personCapacity } from './person-capacity';

const tags = ['capacity'];

/**
 * Allocations against capacity. Everyone signed in may ask; what they get follows who they are (see
 * `peopleVisibleTo` and the domain's `allocationView`).
 */
export function capacityRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const today = () => isoDate(ctx.clock());

  // A page can hold a thousand cells: PostgreSQL writes it as JSON and it is sent as is, without the
  // response schema's pass over it (matrix-json.test.ts holds it to MatrixPage and to the typed path).
  // It is kept until the data changes (http/read-cache.ts); the key names the viewer and the day, on
  // which both what they may see and the default month depend.
  r.get(
    '/api/v1/capacity/matrix',
    { schema: { tags, querystring: MatrixQuery, response: { 200: MatrixPage } } },
    async (req, reply) => {
      const day = today();
      const body = await ctx.readCache.read(readKey(req, day), () =>
        capacityMatrixJson(ctx.db, actorOf(req), req.query, day),
      );
      return sendJsonText(reply, body);
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
