import type { Config } from './config';
import type { Database, Db } from './db/client';

/** What every feature's routes receive: the database and the clock (tests set the clock). */
export type AppContext = {
  db: Db;
  engine: Database['engine'];
  clock: () => Date;
  config: Pick<Config, 'secureCookies' | 'signInRatePerMinute'>;
};
