import cluster from 'node:cluster';
import { mkdirSync } from 'node:fs';
import { isoDate } from '@vested/domain';
import pino, { type Logger } from 'pino';
import { buildApp } from './app';
import { bootstrapAdmin, hasNoAccounts } from './bootstrap';
import { runWorkers } from './cluster';
import { type Config, ConfigError, readConfig } from './config';
import { type Database, openDatabase } from './db/client';
import { runMigrations } from './db/migrate';
import { upgradeRollup } from './features/economics/rollup-upgrade';
import { fillMissingSummaries } from './features/stakeholders/account-summary';
import { smtpMailer } from './mail/mailer';
import { DemoNotEmptyError, loadDemo } from './seed/demo';

async function open(config: Config): Promise<Database> {
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  return openDatabase({
    url: config.databaseUrl,
    dataDir: config.databaseUrl ? null : config.dataDir,
  });
}

/** Once per start, before any request: migrations, the first admin, the demo, missing summaries. */
async function prepare(database: Database, config: Config, log: Logger): Promise<void> {
  await runMigrations(database);
  if (await upgradeRollup(database.db)) log.info('economics rollup rebuilt: labor valued exactly');
  if (config.admin && (await bootstrapAdmin(database.db, config.admin))) {
    log.info({ email: config.admin.email }, 'admin created');
  }
  if (config.demo && (await hasNoAccounts(database.db))) {
    try {
      const summary = await loadDemo(database.db, isoDate(new Date()));
      log.info(summary, 'demo workspace loaded');
    } catch (err) {
      // A workspace that has begun without accounts (people entered by hand) keeps its data.
      if (!(err instanceof DemoNotEmptyError)) throw err;
      log.warn(err.message);
    }
  }
  // Maps written straight into the tables (the demo, older versions) get their portfolio summary now.
  const summarized = await fillMissingSummaries(database.db, new Date(), isoDate(new Date()));
  if (summarized > 0) log.info({ accounts: summarized }, 'stakeholder summaries written');
}

/** Serve until SIGTERM or SIGINT, then finish the requests in flight and close the database. */
async function serve(database: Database, config: Config): Promise<void> {
  const pulseMail = config.mail && {
    mailer: smtpMailer(config.mail.smtpUrl, config.mail.from),
    publicUrl: config.mail.publicUrl,
  };
  const app = await buildApp({ database, config: { ...config }, pulseMail });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    // close() stops accepting connections and waits for in-flight requests before resolving. It also
    // waits for every connection: one kept alive after its answer would hold it for the keep-alive
    // timeout (72 s), so each is closed as soon as its last answer is out.
    const closeIdle = setInterval(() => app.server.closeIdleConnections(), 50);
    await app.close();
    clearInterval(closeIdle);
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  if (cluster.isPrimary) {
    app.log.info(`Vested is ready at http://localhost:${config.port} (${database.engine})`);
  }
}

async function main(): Promise<void> {
  const config = readConfig(process.env);
  // A worker of the cluster only serves: the primary prepared the database before starting it.
  if (cluster.isWorker) return serve(await open(config), config);
  const log = pino({ level: config.logLevel });
  const database = await open(config);
  await prepare(database, config, log);
  if (config.workers === 1) return serve(database, config);
  await database.close();
  runWorkers(config.workers, config.port, log);
}

main().catch((err) => {
  if (err instanceof ConfigError) {
    console.error(err.message);
  } else {
    console.error('Vested could not start:', err instanceof Error ? err.message : err);
  }
  process.exit(1);
});
