import type { ContactFacts, OwnerFacts, PulseAnswer, Reading } from '@vested/domain';
import { and, asc, eq, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { contactOwners, contacts, people, pulses, satisfactionReadings } from '../../db/schema';
import { contactIdQualified } from './queries';

type OfAccount = { accountId: string };
/** What the domain's figures need of a map, each row tagged with its account so many maps load at once. */
export type MapFacts = {
  contacts: (ContactFacts & OfAccount & { name: string })[];
  readings: (Reading & OfAccount)[];
  owners: (OwnerFacts & OfAccount & { personName: string })[];
  /** Answered pulses, oldest first. */
  answers: (PulseAnswer & OfAccount)[];
};

/**
 * The facts of the maps whose contacts match `which` (one account, or a batch of them), in four queries side
 * by side. Readings come oldest first (ties on a day: in the order recorded), as the domain expects.
 */
export async function loadMapFacts(db: Db, which: SQL): Promise<MapFacts> {
  const [contactRows, readings, owners, answers] = await Promise.all([
    db
      .select({
        id: contacts.id,
        accountId: contacts.accountId,
        name: contacts.name,
        decisionRole: contacts.decisionRole,
        influence: contacts.influence,
        interest: contacts.interest,
        attitude: contacts.attitude,
        status: contacts.status,
        leftOn: contacts.leftOn,
        // On the map from the day added, or from an earlier reading entered for the record.
        addedOn: sql<string>`least((${contacts.createdAt} at time zone 'UTC')::date,
          (select min(r.taken_on) from ${satisfactionReadings} r where r.contact_id = ${contactIdQualified}))::text`,
      })
      .from(contacts)
      .where(which),
    db
      .select({
        accountId: contacts.accountId,
        contactId: satisfactionReadings.contactId,
        takenOn: satisfactionReadings.takenOn,
        score: satisfactionReadings.score,
      })
      .from(satisfactionReadings)
      .innerJoin(contacts, eq(contacts.id, satisfactionReadings.contactId))
      .where(which)
      .orderBy(asc(satisfactionReadings.takenOn), asc(satisfactionReadings.createdAt)),
    db
      .select({
        accountId: contacts.accountId,
        contactId: contactOwners.contactId,
        personId: contactOwners.personId,
        personName: people.name,
        lastTouchOn: contactOwners.lastTouchOn,
      })
      .from(contactOwners)
      .innerJoin(contacts, eq(contacts.id, contactOwners.contactId))
      .innerJoin(people, eq(people.id, contactOwners.personId))
      .where(which),
    db
      .select({
        accountId: contacts.accountId,
        contactId: pulses.contactId,
        nps: pulses.npsAnswer,
        csat: pulses.csatAnswer,
      })
      .from(pulses)
      .innerJoin(contacts, eq(contacts.id, pulses.contactId))
      .where(and(which, isNotNull(pulses.usedAt)))
      .orderBy(asc(pulses.usedAt)),
  ]);
  return { contacts: contactRows as MapFacts['contacts'], readings, owners, answers };
}

/** The facts of many accounts split by account (accounts without contacts get none). */
export function byAccount(facts: MapFacts): Map<string, MapFacts> {
  const out = new Map<string, MapFacts>();
  const of = (accountId: string) => {
    const seen = out.get(accountId);
    if (seen) return seen;
    const fresh: MapFacts = { contacts: [], readings: [], owners: [], answers: [] };
    out.set(accountId, fresh);
    return fresh;
  };
  for (const c of facts.contacts) of(c.accountId).contacts.push(c);
  for (const r of facts.readings) of(r.accountId).readings.push(r);
  for (const o of facts.owners) of(o.accountId).owners.push(o);
  for (const a of facts.answers) of(a.accountId).answers.push(a);
  return out;
}
