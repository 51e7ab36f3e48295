import type { StakeholderFigures, StakeholderFiguresQuery } from '@vested/contracts';
import {
  type ContactFacts,
  cement,
  cementTrend,
  coverageGaps,
  csat,
  type IsoDate,
  lastMonths,
  nps,
  roleFactors,
} from '@vested/domain';
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { contactOwners, contacts, people, pulses, satisfactionReadings } from '../../db/schema';
import { contactIdQualified } from './queries';

type Query = z.output<typeof StakeholderFiguresQuery>;

/** What the domain needs, in four queries side by side: contacts, readings, owners, answered pulses. */
async function facts(db: Db, accountId: string) {
  const ofAccount = eq(contacts.accountId, accountId);
  return Promise.all([
    db
      .select({
        id: contacts.id,
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
      .where(ofAccount),
    db
      .select({
        contactId: satisfactionReadings.contactId,
        takenOn: satisfactionReadings.takenOn,
        score: satisfactionReadings.score,
      })
      .from(satisfactionReadings)
      .innerJoin(contacts, eq(contacts.id, satisfactionReadings.contactId))
      .where(ofAccount)
      .orderBy(asc(satisfactionReadings.takenOn), asc(satisfactionReadings.createdAt)),
    db
      .select({
        contactId: contactOwners.contactId,
        personId: contactOwners.personId,
        personName: people.name,
        lastTouchOn: contactOwners.lastTouchOn,
      })
      .from(contactOwners)
      .innerJoin(contacts, eq(contacts.id, contactOwners.contactId))
      .innerJoin(people, eq(people.id, contactOwners.personId))
      .where(ofAccount),
    db
      .select({ contactId: pulses.contactId, nps: pulses.npsAnswer, csat: pulses.csatAnswer })
      .from(pulses)
      .innerJoin(contacts, eq(contacts.id, pulses.contactId))
      .where(and(ofAccount, isNotNull(pulses.usedAt)))
      .orderBy(asc(pulses.usedAt)),
  ]);
}

/**
 * The figures panel of an account as of `today`: cement and weighted cement, NPS and CSAT from each
 * active contact's latest answered pulse, coverage gaps, and the monthly cement trend.
 */
export async function stakeholderFigures(
  db: Db,
  accountId: string,
  query: Query,
  today: IsoDate,
): Promise<StakeholderFigures> {
  const [contactRows, readings, owners, answers] = await facts(db, accountId);
  const list = contactRows as (ContactFacts & { name: string })[];
  const current = new Set(list.filter((c) => c.status === 'active').map((c) => c.id));
  // The latest answer of each current contact (rows come oldest first, so later ones overwrite).
  const latestNps = new Map<string, number>();
  const latestCsat = new Map<string, number>();
  for (const a of answers) {
    if (!current.has(a.contactId)) continue;
    if (a.nps !== null) latestNps.set(a.contactId, a.nps);
    if (a.csat !== null) latestCsat.set(a.contactId, a.csat);
  }
  const names = new Map(list.map((c) => [c.id, c.name]));
  const personNames = new Map(owners.map((o) => [o.personId, o.personName]));
  const gaps = coverageGaps(list, owners, readings, today, {
    touchDays: query.touchDays,
    readingDays: query.readingDays,
  }).map((g) => ({
    ...g,
    ...('contactId' in g && { contactName: names.get(g.contactId) }),
    ...('personId' in g && { personName: personNames.get(g.personId) }),
  }));
  return {
    asOf: today,
    satisfiedAt: query.satisfiedAt,
    roleFactors,
    cement: cement(list, readings, today, query.satisfiedAt),
    nps: nps([...latestNps.values()]),
    csat: csat([...latestCsat.values()]),
    gaps,
    trend: cementTrend(list, readings, lastMonths(today, query.months), today, query.satisfiedAt),
  };
}
