import type { Contact } from '@vested/contracts';
import { type AccountAction, type Actor, type IsoDate, quadrantOf } from '@vested/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { contacts, satisfactionReadings } from '../../db/schema';
import { HttpError, notFound } from '../../http/errors';
import { iso, loadAccountFor } from '../accounts/queries';

/** `contacts.id` always qualified: Drizzle leaves columns bare in a one-table select, and a bare "id" in a
 * subquery would mean the subquery's own id. */
export const contactIdQualified = sql.raw('"contacts"."id"');

/** The latest reading of the contact in the same row (ties on a day: the one recorded last). */
export const latestReading = sql<Contact['latestReading']>`(
  select json_build_object('takenOn', r.taken_on, 'score', r.score, 'source', r.source)
  from ${satisfactionReadings} r where r.contact_id = ${contactIdQualified}
  order by r.taken_on desc, r.created_at desc limit 1)`;

export const contactColumns = {
  id: contacts.id,
  accountId: contacts.accountId,
  name: contacts.name,
  title: contacts.title,
  businessUnit: contacts.businessUnit,
  email: contacts.email,
  phone: contacts.phone,
  language: contacts.language,
  reportsToId: contacts.reportsToContactId,
  level: contacts.level,
  decisionRole: contacts.decisionRole,
  influence: contacts.influence,
  interest: contacts.interest,
  attitude: contacts.attitude,
  interests: contacts.interests,
  notes: contacts.notes,
  status: contacts.status,
  leftOn: contacts.leftOn,
  latestReading,
  version: contacts.version,
  createdAt: contacts.createdAt,
  updatedAt: contacts.updatedAt,
};
export type ContactRow = Omit<Contact, 'quadrant'>;

export function presentContact(row: ContactRow): Contact {
  return {
    ...row,
    quadrant: quadrantOf(row.influence, row.interest),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

export async function selectContact(
  db: Db,
  contactId: string,
  lock = false,
): Promise<ContactRow | undefined> {
  const query = db.select(contactColumns).from(contacts).where(eq(contacts.id, contactId));
  const [row] = lock ? await query.for('update', { of: contacts }) : await query;
  return row as ContactRow | undefined;
}

/**
 * Load a contact for `action` on its account: 404 when the contact does not exist or its account may not
 * be seen by the actor (same answer, so nothing leaks), 403 when seen but not allowed. `lockAccount`
 * serializes changes to the account's org chart (a re-parenting checks the tree as it stands).
 */
export async function loadContactFor(
  db: Db,
  actor: Actor,
  contactId: string,
  action: AccountAction,
  today: IsoDate,
  opts: { lock?: boolean; lockAccount?: boolean } = {},
): Promise<ContactRow> {
  const [found] = await db
    .select({ accountId: contacts.accountId })
    .from(contacts)
    .where(eq(contacts.id, contactId));
  if (!found) throw notFound('Contact');
  try {
    await loadAccountFor(db, actor, found.accountId, action, today, opts.lockAccount ?? false);
  } catch (err) {
    if (err instanceof HttpError && err.status === 404) throw notFound('Contact');
    throw err;
  }
  const row = await selectContact(db, contactId, opts.lock ?? false);
  if (!row) throw notFound('Contact');
  return row;
}

/** A contact named by id in a request on `accountId` must belong to that account (422 on the field). */
export async function assertContactsOfAccount(
  db: Db,
  accountId: string,
  ids: readonly string[],
  field: (index: number) => string,
): Promise<void> {
  if (ids.length === 0) return;
  const rows = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.accountId, accountId), inArray(contacts.id, [...ids])));
  const known = new Set(rows.map((r) => r.id));
  const fields: Record<string, string> = {};
  ids.forEach((id, i) => {
    if (!known.has(id)) fields[field(i)] = 'Choose a contact of this account';
  });
  if (Object.keys(fields).length > 0) {
    throw new HttpError(422, 'rule_broken', 'Only contacts of this account can be named here', fields);
  }
}
