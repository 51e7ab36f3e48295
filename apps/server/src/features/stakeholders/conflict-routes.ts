import {
  Conflict,
  ConflictList,
  ConflictParams,
  CreateConflictBody,
  IdParams,
  Ok,
  UpdateConflictBody,
} from '@vested/contracts';
import { isoDate } from '@vested/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/authenticate';
import { loadAccountFor } from '../accounts/queries';
import { listConflicts, loadConflict, presentConflict } from './conflicts';
import { createConflict, removeConflict, updateConflict } from './save-conflict';

const tags = ['stakeholders'];

/** Conflicts of interest between contacts of an account, and how they were resolved. */
export function conflictRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const today = () => isoDate(ctx.clock());

  r.get(
    '/api/v1/accounts/:id/conflicts',
    { schema: { tags, params: IdParams, response: { 200: ConflictList } } },
    async (req) => {
      await loadAccountFor(ctx.db, actorOf(req), req.params.id, 'read', today());
      return { items: await listConflicts(ctx.db, req.params.id) };
    },
  );

  r.post(
    '/api/v1/accounts/:id/conflicts',
    { schema: { tags, params: IdParams, body: CreateConflictBody, response: { 201: Conflict } } },
    async (req, reply) => {
      const now = ctx.clock();
      const created = await createConflict(ctx.db, actorOf(req), req.params.id, req.body, now, isoDate(now));
      return reply.code(201).send(created);
    },
  );

  r.get(
    '/api/v1/accounts/:id/conflicts/:conflictId',
    { schema: { tags, params: ConflictParams, response: { 200: Conflict } } },
    async (req) => {
      await loadAccountFor(ctx.db, actorOf(req), req.params.id, 'read', today());
      return presentConflict(await loadConflict(ctx.db, req.params.id, req.params.conflictId));
    },
  );

  r.patch(
    '/api/v1/accounts/:id/conflicts/:conflictId',
    { schema: { tags, params: ConflictParams, body: UpdateConflictBody, response: { 200: Conflict } } },
    (req) => {
      const now = ctx.clock();
      const { id, conflictId } = req.params;
      return updateConflict(ctx.db, actorOf(req), id, conflictId, req.body, now, isoDate(now));
    },
  );

  r.delete(
    '/api/v1/accounts/:id/conflicts/:conflictId',
    { schema: { tags, params: ConflictParams, response: { 200: Ok } } },
    async (req) => {
      await removeConflict(ctx.db, actorOf(req), req.params.id, req.params.conflictId, today());
      return { ok: true as const };
    },
  );
}
