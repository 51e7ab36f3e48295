import {
  CreatedPulses,
  CreatePulsesBody,
  IdParams,
  Ok,
  PublicPulseForm,
  PulseAnswerBody,
  PulseList,
  PulseTokenParams,
} from '@vested/contracts';
import { isoDate } from '@vested/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/authenticate';
import { loadAccountFor } from '../accounts/queries';
import { createPulses } from './create-pulses';
import { deliverPulses, type PulseMail } from './deliver-pulses';
import { listPulses } from './list-pulses';
import { answerPulse, showPulse } from './public-pulse';

const tags = ['pulses'];
/** The client contact answers without signing in: the token in the path is the only key. */
export const pulsePublicRoutes = ['/api/pulse/:token'];
const publicRate = { rateLimit: { max: 30, timeWindow: '1 minute' } };

/** `mail` set: each pulse's link is emailed to its contact once the pulses are saved. */
export function pulseRoutes(app: FastifyInstance, ctx: AppContext, mail?: PulseMail): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const today = () => isoDate(ctx.clock());

  r.post(
    '/api/v1/accounts/:id/pulses',
    { schema: { tags, params: IdParams, body: CreatePulsesBody, response: { 201: CreatedPulses } } },
    async (req, reply) => {
      const now = ctx.clock();
      const actor = actorOf(req);
      const created = await createPulses(ctx.db, actor, req.params.id, req.body, now, isoDate(now));
      const deliveries = await deliverPulses(created, mail, actor.name);
      const items = created.map(({ email: _e, language: _l, ...p }, i) => ({ ...p, ...deliveries[i]! }));
      return reply.code(201).send({ items });
    },
  );

  r.get(
    '/api/v1/accounts/:id/pulses',
    { schema: { tags, params: IdParams, response: { 200: PulseList } } },
    async (req) => {
      await loadAccountFor(ctx.db, actorOf(req), req.params.id, 'read', today());
      return { items: await listPulses(ctx.db, req.params.id, ctx.clock()) };
    },
  );

  r.get(
    '/api/pulse/:token',
    { schema: { tags, params: PulseTokenParams, response: { 200: PublicPulseForm } }, config: publicRate },
    (req) => showPulse(ctx.db, req.params.token, ctx.clock()),
  );

  r.post(
    '/api/pulse/:token',
    {
      schema: { tags, params: PulseTokenParams, body: PulseAnswerBody, response: { 200: Ok } },
      config: publicRate,
    },
    async (req) => {
      await answerPulse(ctx.db, req.params.token, req.body, ctx.clock());
      return { ok: true as const };
    },
  );
}
