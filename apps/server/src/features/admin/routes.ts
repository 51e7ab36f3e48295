import {
  ApiTokenList,
  CreatedToken,
  CreateTokenBody,
  CreateUserBody,
  IdParams,
  ListUsersQuery,
  Ok,
  ResetPasswordBody,
  UpdateUserBody,
  User,
  UserPage,
} from '@vested/contracts';
import { canOnWorkspace } from '@vested/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/authenticate';
import { forbidden } from '../../http/errors';
import { createToken, listTokens, revokeToken } from './tokens';
import { createUser, listUsers, resetPassword, updateUser } from './users';

const tags = ['admin'];

function admin(req: FastifyRequest) {
  const actor = actorOf(req);
  if (!canOnWorkspace(actor, 'manageUsers')) throw forbidden('Only an admin manages users and API tokens');
  return actor;
}

export function adminRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/admin/users',
    { schema: { tags, querystring: ListUsersQuery, response: { 200: UserPage } } },
    (req) => {
      admin(req);
      return listUsers(ctx.db, req.query);
    },
  );

  r.post(
    '/api/v1/admin/users',
    { schema: { tags, body: CreateUserBody, response: { 201: User } } },
    async (req, reply) => {
      const user = await createUser(ctx.db, admin(req), req.body);
      return reply.code(201).send(user);
    },
  );

  r.patch(
    '/api/v1/admin/users/:id',
    { schema: { tags, params: IdParams, body: UpdateUserBody, response: { 200: User } } },
    (req) => updateUser(ctx.db, admin(req), req.params.id, req.body),
  );

  r.post(
    '/api/v1/admin/users/:id/password',
    { schema: { tags, params: IdParams, body: ResetPasswordBody, response: { 200: Ok } } },
    async (req) => {
      await resetPassword(ctx.db, admin(req), req.params.id, req.body.newPassword);
      return { ok: true as const };
    },
  );

  r.get('/api/v1/admin/tokens', { schema: { tags, response: { 200: ApiTokenList } } }, async (req) => {
    admin(req);
    return { items: await listTokens(ctx.db) };
  });

  r.post(
    '/api/v1/admin/tokens',
    { schema: { tags, body: CreateTokenBody, response: { 201: CreatedToken } } },
    async (req, reply) => {
      const token = await createToken(ctx.db, admin(req), req.body.name, req.body.userId);
      return reply.code(201).send(token);
    },
  );

  r.post(
    '/api/v1/admin/tokens/:id/revoke',
    { schema: { tags, params: IdParams, response: { 200: Ok } } },
    async (req) => {
      await revokeToken(ctx.db, admin(req), req.params.id);
      return { ok: true as const };
    },
  );
}
