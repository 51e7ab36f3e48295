import type { Column, SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { accounts, people } from '../../db/schema';

/**
 * An account as JSON built by PostgreSQL, with the fields and formats `presentAccount` gives the same
 * row, for the hot reads: Node then neither parses the row's columns nor encodes them again, which was
 * most of a list request's CPU. `account-json.test.ts` holds the output to the zod contracts.
 */

/** `new Date(ts).toISOString()` in SQL: UTC, milliseconds (truncated, as JavaScript does), `Z`. */
export function isoTimestamp(column: Column): SQL {
  return sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

const dialect = new PgDialect();

/**
 * A fragment without parameters, rendered to SQL text once. Drizzle took longer to walk the JSON
 * fragments below on every request than PostgreSQL takes to run them; and as text, every column keeps
 * its table's name (drizzle leaves it off in a select from one table, where `m.account_id = id` would
 * then quietly mean the subquery's own id).
 */
export function renderedOnce<T>(fragment: SQL): SQL<T> {
  const built = dialect.sqlToQuery(fragment);
  if (built.params.length > 0) throw new Error('renderedOnce: the fragment must take no parameters');
  return sql.raw(built.sql) as SQL<T>;
}

/** `row_to_json` of the fields under their JSON names: compact, and cheaper than `json_build_object`. */
function jsonObject(fields: Record<string, SQL | Column>): SQL<string> {
  const named = Object.entries(fields).map(([key, value]) => sql`${value} as ${sql.identifier(key)}`);
  return renderedOnce(
    sql`(select row_to_json(fields) from (select ${sql.join(named, sql`, `)}) fields)::text`,
  );
}

const listFields = {
  id: accounts.id,
  name: accounts.name,
  industry: accounts.industry,
  country: accounts.country,
  website: accounts.website,
  sizeBand: accounts.sizeBand,
  startedOn: accounts.startedOn,
  status: accounts.status,
  objective: accounts.objective,
  tier: accounts.tier,
  phase: accounts.phase,
  managerPersonId: accounts.managerPersonId,
  // A lookup by key per row: a join let PostgreSQL pick a hash of every person for a page of fifty.
  managerName: sql`(select ${people.name} from ${people} where ${people.id} = ${accounts.managerPersonId})`,
  tags: accounts.tags,
  archivedAt: isoTimestamp(accounts.archivedAt),
  version: accounts.version,
  createdAt: isoTimestamp(accounts.createdAt),
  updatedAt: isoTimestamp(accounts.updatedAt),
};

/** An `AccountListItem` (no business notes). */
export const accountListItemJson = jsonObject(listFields);

/** An `Account`. */
export const accountJson = jsonObject({ ...listFields, businessNotes: accounts.businessNotes });

/** Adds one more field to a JSON object's text, e.g. what only Node can work out. */
export function withField(objectJson: string, key: string, value: unknown): string {
  return `${objectJson.slice(0, -1)},${JSON.stringify(key)}:${JSON.stringify(value)}}`;
}
