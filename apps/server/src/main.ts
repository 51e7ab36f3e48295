import { mkdirSync } from 'node:fs';
import { isoDate } from '@vested/domain';
import { buildApp } from './app';
import { bootstrapAdmin, hasNoAccounts } from './bootstrap';
import { ConfigError, readConfig } from './config';
import { openDatabase } from './db/client';
import { runMigrations } from './db/migrate';
import { fillMissingSummaries } from './features/stakeholders/account-summary';
import { smtpMailer } from './mail/mailer';
import { DemoNotEmptyError, loadDemo } from './seed/demo';

async function main(): Promise<void> {
  const config = readConfig(process.env);
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.databaseUrl ? null : config.dataDir,
  });
  await runMigrations(database);

  const pulseMail = config.mail && {
    mailer: smtpMailer(config.mail.smtpUrl, config.mail.from),
    publicUrl: config.mail.publicUrl,
  };
  const app = await buildApp({ database, config: { ...config }, pulseMail });
  if (config.admin && (await bootstrapAdmin(database.db, config.admin))) {
    app.log.info({ email: config.admin.email }, 'admin created');
  }
  if (config.demo && (await hasNoAccounts(database.db))) {
    try {
      const summary = await loadDemo(database.db, isoDate(new Date()));
      app.log.info(summary, 'demo workspace loaded');
    } catch (err) {
      // A workspace that has begun without accounts (people entered by hand) keeps its data.
      if (!(err instanceof DemoNotEmptyError)) throw err;
      app.log.warn(err.message);
    }
  }
  // Maps written straight into the tables (the demo, older versions) get their portfolio summary now.
  const summarized = await fillMissingSummaries(database.db, new Date(), isoDate(new Date()));
  if (summarized > 0) app.log.info({ accounts: summarized }, 'stakeholder summaries written');

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    // close() stops accepting connections and waits for in-flight requests before resolving.
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  app.log.info(`Vested is ready at http://localhost:${config.port} (${database.engine})`);
}

main().catch((err) => {
  if (err instanceof ConfigError) {
    console.error(err.message);
  } else {
    console.error('Vested could not start:', err instanceof Error ? err.message : err);
  }
  process.exit(1);
});
