import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { AppContext } from './context';
import type { Database } from './db/client';
import { accountRoutes } from './features/accounts/routes';
import { adminRoutes } from './features/admin/routes';
import { assessmentRoutes } from './features/assessments/routes';
import { authPublicRoutes, authRoutes } from './features/auth/routes';
import { capacityRoutes } from './features/capacity/routes';
import { economicsRoutes } from './features/economics/routes';
import { healthRoutes } from './features/health/routes';
import { importRoutes } from './features/imports/routes';
import { peopleRoutes } from './features/people/routes';
import type { PulseMail } from './features/pulses/deliver-pulses';
import { pulsePublicRoutes, pulseRoutes } from './features/pulses/routes';
import { stakeholderRoutes } from './features/stakeholders/routes';
import { teamRoutes } from './features/teams/routes';
import { installAuthentication } from './http/authenticate';
import { generationSource } from './http/data-generation';
import { installErrorHandler } from './http/errors';
import { createReadCache } from './http/read-cache';
import { VERSION } from './version';

const webDist = join(dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** 0: the socket's address is the client's. n: believe n proxy hops. A list: believe those addresses. */
function trustedProxies(
  setting: number | string[],
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (Array.isArray(setting)) return setting;
  return setting === 0 ? false : (_address, hop) => hop < setting;
}

export type BuildOptions = {
  database: Database;
  clock?: () => Date;
  config?: Partial<
    Pick<Config, 'secureCookies' | 'signInRatePerMinute' | 'logLevel' | 'trustProxy' | 'readCacheChars'>
  >;
  /** Serve the built web app from apps/web/dist (on by default when it exists). */
  serveWeb?: boolean;
  /** Email pulses through this mailer (SMTP_URL); without it the links are only shown to copy. */
  pulseMail?: PulseMail;
};

export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: opts.config?.logLevel ?? 'silent' },
    trustProxy: trustedProxies(opts.config?.trustProxy ?? 0),
    bodyLimit: 1_048_576,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  const generation = generationSource(opts.database);
  app.addHook('onClose', () => generation.close());
  // A write answers only once this process knows the generation it made: the writer's next read here
  // is never served what was kept from before it.
  app.addHook('onSend', async (req) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') await generation.afterWrite();
  });
  const ctx: AppContext = {
    db: opts.database.db,
    engine: opts.database.engine,
    clock: opts.clock ?? (() => new Date()),
    readCache: createReadCache(generation.current, opts.config?.readCacheChars),
    config: {
      secureCookies: opts.config?.secureCookies ?? false,
      signInRatePerMinute: opts.config?.signInRatePerMinute ?? 10,
    },
  };

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Mantine and the API docs set styles inline.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
      },
    },
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Vested API',
        version: VERSION,
        description:
          'Key account management run like an investment portfolio. Authenticate with the session cookie ' +
          '(plus the x-csrf-token header on writes) or with `Authorization: Bearer <API token>`.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  healthRoutes(app, ctx, opts.database);
  await app.register(async (v1) => {
    installAuthentication(v1, ctx.db, ctx.clock, new Set([...authPublicRoutes, ...pulsePublicRoutes]));
    authRoutes(v1, ctx);
    accountRoutes(v1, ctx);
    teamRoutes(v1, ctx);
    peopleRoutes(v1, ctx);
    stakeholderRoutes(v1, ctx);
    pulseRoutes(v1, ctx, opts.pulseMail);
    adminRoutes(v1, ctx);
    economicsRoutes(v1, ctx);
    capacityRoutes(v1, ctx);
    assessmentRoutes(v1, ctx);
    importRoutes(v1, ctx);
  });

  const serveWeb = (opts.serveWeb ?? true) && existsSync(join(webDist, 'index.html'));
  if (serveWeb) await app.register(fastifyStatic, { root: webDist, wildcard: false });
  app.setNotFoundHandler((req, reply) => {
    // The web app routes on the client: any other GET outside /api gets its shell.
    if (serveWeb && req.method === 'GET' && !req.url.startsWith('/api')) return reply.sendFile('index.html');
    return reply
      .code(404)
      .send({ error: { code: 'not_found', message: `No route ${req.method} ${req.url.split('?')[0]}` } });
  });
  return app;
}
