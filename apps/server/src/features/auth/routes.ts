import { ChangePasswordBody, ErrorBody, Me, Ok, SignInBody, UpdateProfileBody } from '@vested/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import { actorOf, SESSION_COOKIE } from '../../http/authenticate';
import { HttpError } from '../../http/errors';
import { changePassword } from './change-password';
import { presentMe } from './me';
import { SESSION_DAYS, signIn, signOut } from './sign-in';
import { updateProfile } from './update-profile';

export const authPublicRoutes = ['/api/v1/auth/sign-in', '/api/v1/auth/sign-out'];

export function authRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: ctx.config.secureCookies,
  };

  r.post(
    '/api/v1/auth/sign-in',
    {
      schema: { tags: ['auth'], body: SignInBody, response: { 200: Ok, 401: ErrorBody } },
      config: { rateLimit: { max: ctx.config.signInRatePerMinute, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const cookie = await signIn(ctx.db, req.body.email, req.body.password, ctx.clock());
      if (!cookie) throw new HttpError(401, 'unauthenticated', 'The email or password is not right');
      reply.setCookie(SESSION_COOKIE, cookie, { ...cookieOptions, maxAge: SESSION_DAYS * 86_400 });
      return { ok: true as const };
    },
  );

  r.post(
    '/api/v1/auth/sign-out',
    { schema: { tags: ['auth'], response: { 200: Ok } } },
    async (req, reply) => {
      if (req.signedIn?.sessionId) await signOut(ctx.db, req.signedIn.sessionId);
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return { ok: true as const };
    },
  );

  r.get('/api/v1/auth/me', { schema: { tags: ['auth'], response: { 200: Me } } }, async (req) => {
    return presentMe(actorOf(req));
  });

  r.patch(
    '/api/v1/auth/me',
    { schema: { tags: ['auth'], body: UpdateProfileBody, response: { 200: Me } } },
    async (req) => presentMe(await updateProfile(ctx.db, actorOf(req), req.body)),
  );

  r.post(
    '/api/v1/auth/password',
    { schema: { tags: ['auth'], body: ChangePasswordBody, response: { 200: Ok } } },
    async (req) => {
      const actor = actorOf(req);
      await changePassword(
        ctx.db,
        actor.userId,
        actor.sessionId,
        req.body.currentPassword,
        req.body.newPassword,
      );
      return { ok: true as const };
    },
  );
}
