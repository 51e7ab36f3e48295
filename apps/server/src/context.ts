import type { Config } from './config';
import type { Database, Db } from './db/client';
import type { ReadCache } from './http/read-cache';

/** What every feature's routes receive: the database, the clock (tests set it) and the read cache. */
export type AppContext = {
  db: Db;
  engine: Database['engine'];
  clock: () => Date;
  readCache: ReadCache;
  config: Pick<Config, 'secureCookies' | 'signInRatePerMinute'>;
};
