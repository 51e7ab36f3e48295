import {
  AddTeamMemberBody,
  IdParams,
  Ok,
  SaveTeamPlanBody,
  SuggestionList,
  SuggestionsQuery,
  TeamList,
  TeamMember,
  TeamMemberParams,
  TeamOverview,
  TeamPlan,
  UpdateTeamMemberBody,
} from '@vested/contracts';
import { isoDate } from '@vested/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/authenticate';
import { loadAccountFor } from '../accounts/queries';
import { addTeamMember, removeTeamMember, updateTeamMember } from './change-team';
import { managerRoutes } from './manager-routes';
import { listTeam } from './queries';
import { roleRoutes } from './role-routes';
import { suggestions } from './suggestions';
import { teamOverview } from './team-overview';
import { loadTeamPlan, saveTeamPlan } from './team-plan';

const tags = ['teams'];

export function teamRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const today = () => isoDate(ctx.clock());

  r.get(
    '/api/v1/accounts/:id/team',
    { schema: { tags, params: IdParams, response: { 200: TeamList } } },
    async (req) => {
      const actor = actorOf(req);
      await loadAccountFor(ctx.db, actor, req.params.id, 'read', today());
      return { items: await listTeam(ctx.db, req.params.id, today()) };
    },
  );

  r.post(
    '/api/v1/accounts/:id/team',
    { schema: { tags, params: IdParams, body: AddTeamMemberBody, response: { 201: TeamMember } } },
    async (req, reply) => {
      const member = await addTeamMember(ctx.db, actorOf(req), req.params.id, req.body, today());
      return reply.code(201).send(member);
    },
  );

  r.patch(
    '/api/v1/accounts/:id/team/:memberId',
    { schema: { tags, params: TeamMemberParams, body: UpdateTeamMemberBody, response: { 200: TeamMember } } },
    (req) => updateTeamMember(ctx.db, actorOf(req), req.params.id, req.params.memberId, req.body, today()),
  );

  r.delete(
    '/api/v1/accounts/:id/team/:memberId',
    { schema: { tags, params: TeamMemberParams, response: { 200: Ok } } },
    async (req) => {
      await removeTeamMember(ctx.db, actorOf(req), req.params.id, req.params.memberId, today());
      return { ok: true as const };
    },
  );

  r.get(
    '/api/v1/accounts/:id/team/plan',
    { schema: { tags, params: IdParams, response: { 200: TeamPlan } } },
    async (req) => {
      await loadAccountFor(ctx.db, actorOf(req), req.params.id, 'read', today());
      return loadTeamPlan(ctx.db, req.params.id);
    },
  );

  r.put(
    '/api/v1/accounts/:id/team/plan',
    { schema: { tags, params: IdParams, body: SaveTeamPlanBody, response: { 200: TeamPlan } } },
    (req) => saveTeamPlan(ctx.db, actorOf(req), req.params.id, req.body, today()),
  );

  r.get(
    '/api/v1/accounts/:id/team/overview',
    { schema: { tags, params: IdParams, response: { 200: TeamOverview } } },
    (req) => teamOverview(ctx.db, actorOf(req), req.params.id, today()),
  );

  r.get(
    '/api/v1/accounts/:id/team/suggestions',
    { schema: { tags, params: IdParams, querystring: SuggestionsQuery, response: { 200: SuggestionList } } },
    (req) => suggestions(ctx.db, actorOf(req), req.params.id, req.query, today()),
  );

  managerRoutes(app, ctx);
  roleRoutes(app, ctx);
}
