import { integer, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Column shapes every area's tables share. */
export const id = () => uuid('id').primaryKey().defaultRandom();
export const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });
/** Every record people edit carries a version (409 on a stale one) and its timestamps. */
export const stamps = {
  version: integer('version').notNull().default(1),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
};
