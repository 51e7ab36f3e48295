import { Health } from '@vested/contracts';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import type { Database } from '../../db/client';
import { appliedMigrationCount, expectedMigrationCount } from '../../db/migrate';
import { VERSION } from '../../version';

/** For load balancers and people: is the database reachable and the schema current? 503 when not. */
export function healthRoutes(app: FastifyInstance, ctx: AppContext, database: Database): void {
  const expected = expectedMigrationCount();
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      '/api/health',
      { schema: { tags: ['health'], response: { 200: Health, 503: Health } } },
      async (_req, reply) => {
        let reachable = true;
        let applied = 0;
        try {
          await ctx.db.execute(sql`select 1`);
          applied = await appliedMigrationCount(database);
        } catch {
          reachable = false;
        }
        const upToDate = reachable && applied === expected;
        reply.code(upToDate ? 200 : 503);
        return {
          status: upToDate ? ('ok' as const) : ('degraded' as const),
          version: VERSION,
          database: { reachable, engine: ctx.engine },
          migrations: { applied, expected, upToDate },
        };
      },
    );
}
