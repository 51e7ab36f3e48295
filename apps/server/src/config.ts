import { z } from 'zod';

/** Configuration comes from the environment only; a bad value stops start-up with one clear line. */
const Env = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'must start with postgres:// or postgresql://' })
    .optional(),
  DATA_DIR: z.string().default('./data'),
  VESTED_ADMIN_EMAIL: z.email().optional(),
  VESTED_ADMIN_PASSWORD: z.string().min(10, { error: 'must be at least 10 characters' }).optional(),
  VESTED_DEMO: z.enum(['0', '1']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  VESTED_SECURE_COOKIES: z.enum(['0', '1']).default('0'),
  /**
   * Which proxies to believe about the client's address (X-Forwarded-For): a hop count, or their
   * addresses. Off by default, since trusting any proxy lets a client pick its own address and so
   * escape the sign-in rate limit.
   */
  VESTED_TRUST_PROXY: z.string().default('0'),
  /** Sign-in attempts per minute per client address. */
  VESTED_SIGNIN_RATE: z.coerce.number().int().min(1).default(10),
  /** Server processes sharing the port (node:cluster), so the API can use more than one core. */
  VESTED_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  /** Megabytes of computed answers each server process keeps until the data changes (0: none). */
  VESTED_READ_CACHE_MB: z.coerce.number().int().min(0).max(65536).default(64),
  /** Email pulses through this SMTP server (`smtp://user:pass@host:587`, `smtps://…`); without it, links are copied. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]/, { error: 'must look like smtp://user:password@host:587 or smtps://…' })
    .optional(),
  /** The sender of those emails: `Vested <vested@company.com>` or an address. */
  SMTP_FROM: z
    .string()
    .regex(/^(.*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/, {
      error: 'must be an address, or a name and an address: Vested <vested@company.com>',
    })
    .optional(),
  /** The address people open Vested at, for links that leave the app (emailed pulses). */
  PUBLIC_URL: z
    .url({
      protocol: /^https?$/,
      error: 'must be the full address people open Vested at, e.g. https://vested.company.com',
    })
    .optional(),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  admin: { email: string; password: string } | undefined;
  demo: boolean;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  secureCookies: boolean;
  signInRatePerMinute: number;
  trustProxy: number | string[];
  /** Set when pulses go out by email. */
  mail: { smtpUrl: string; from: string; publicUrl: string } | undefined;
  workers: number;
  /** Characters of JSON the read cache keeps per process (http/read-cache.ts); 0 turns it off. */
  readCacheChars: number;
};

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv): Config {
  // An empty variable means "not set" (as in `DATABASE_URL= npm start`).
  const parsed = Env.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`Invalid configuration: ${issue.path.join('.')} ${issue.message}`);
  }
  const e = parsed.data;
  if (e.VESTED_WORKERS > 1 && !e.DATABASE_URL) {
    throw new ConfigError(
      'Invalid configuration: VESTED_WORKERS above 1 needs DATABASE_URL (the embedded database serves one process)',
    );
  }
  if (Boolean(e.VESTED_ADMIN_EMAIL) !== Boolean(e.VESTED_ADMIN_PASSWORD)) {
    throw new ConfigError(
      'Invalid configuration: set both VESTED_ADMIN_EMAIL and VESTED_ADMIN_PASSWORD, or neither',
    );
  }
  if (e.SMTP_URL && (!e.SMTP_FROM || !e.PUBLIC_URL)) {
    throw new ConfigError(
      'Invalid configuration: with SMTP_URL, set SMTP_FROM (the sender) and PUBLIC_URL (the address in emailed links)',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    admin: e.VESTED_ADMIN_EMAIL
      ? { email: e.VESTED_ADMIN_EMAIL, password: e.VESTED_ADMIN_PASSWORD! }
      : undefined,
    // The demo workspace loads by default on the embedded database; a server database starts empty.
    demo: e.VESTED_DEMO ? e.VESTED_DEMO === '1' : !e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    secureCookies: e.VESTED_SECURE_COOKIES === '1',
    signInRatePerMinute: e.VESTED_SIGNIN_RATE,
    trustProxy: /^\d+$/.test(e.VESTED_TRUST_PROXY)
      ? Number(e.VESTED_TRUST_PROXY)
      : e.VESTED_TRUST_PROXY.split(',').map((a) => a.trim()),
    mail: e.SMTP_URL
      ? { smtpUrl: e.SMTP_URL, from: e.SMTP_FROM!, publicUrl: e.PUBLIC_URL!.replace(/\/+$/, '') }
      : undefined,
    workers: e.VESTED_WORKERS,
    readCacheChars: e.VESTED_READ_CACHE_MB * 1024 * 1024,
  };
}
