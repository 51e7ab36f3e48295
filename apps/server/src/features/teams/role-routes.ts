import {
  CreateTeamRoleBody,
  ListTeamRolesQuery,
  TeamRoleParams,
  UpdateTeamRoleBody,
  WorkspaceRole,
  WorkspaceRoleList,
} from '@vested/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/authenticate';
import { createTeamRole, listTeamRoles, updateTeamRole } from './team-roles';

const tags = ['teams'];

/** The workspace's list of team roles: read by everyone, changed by admins and directors. */
export function roleRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/team-roles',
    { schema: { tags, querystring: ListTeamRolesQuery, response: { 200: WorkspaceRoleList } } },
    async (req) => {
      actorOf(req);
      return { items: await listTeamRoles(ctx.db, req.query.active) };
    },
  );

  r.post(
    '/api/v1/team-roles',
    { schema: { tags, body: CreateTeamRoleBody, response: { 201: WorkspaceRole } } },
    async (req, reply) => reply.code(201).send(await createTeamRole(ctx.db, actorOf(req), req.body)),
  );

  r.patch(
    '/api/v1/team-roles/:key',
    { schema: { tags, params: TeamRoleParams, body: UpdateTeamRoleBody, response: { 200: WorkspaceRole } } },
    (req) => updateTeamRole(ctx.db, actorOf(req), req.params.key, req.body),
  );
}
