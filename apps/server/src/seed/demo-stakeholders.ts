import { createHash, randomUUID } from 'node:crypto';
import type {
  conflictsOfInterest,
  contactOwners,
  contacts,
  pulses,
  satisfactionReadings,
} from '../db/schema';
import { addDays, addMonths, atMorning } from './dates';
import { demoConflict, demoContacts } from './demo-contacts';

type WithId<T> = T & { id: string };
export type StakeholderRows = {
  contacts: WithId<typeof contacts.$inferInsert>[];
  owners: WithId<typeof contactOwners.$inferInsert>[];
  pulses: WithId<typeof pulses.$inferInsert>[];
  readings: WithId<typeof satisfactionReadings.$inferInsert>[];
  conflicts: WithId<typeof conflictsOfInterest.$inferInsert>[];
};

/**
 * Rows of the stakeholder map for the accounts named in demo-contacts.ts. Readings run up to `today`,
 * one every few months, so the cement trend shows the baseline being built. An answered pulse becomes the
 * latest reading (score = would-recommend) and feeds NPS and CSAT; its token is random and unknowable,
 * since the link was "used" long ago.
 */
export function buildStakeholders(
  today: string,
  accountIdOf: (key: string) => string,
  personIdOf: (key: string) => string,
  sentByUserId: string | null,
  newId: () => string = randomUUID,
): StakeholderRows {
  const rows: StakeholderRows = { contacts: [], owners: [], pulses: [], readings: [], conflicts: [] };
  const contactIds = new Map<string, string>();

  for (const [accountKey, list] of Object.entries(demoContacts)) {
    const accountId = accountIdOf(accountKey);
    for (const c of list) contactIds.set(`${accountKey}.${c.key}`, newId());
    for (const c of list) {
      const id = contactIds.get(`${accountKey}.${c.key}`)!;
      const leftOn = c.leftMonthsAgo ? addMonths(today, -c.leftMonthsAgo) : null;
      const lastDay = leftOn ?? today;
      rows.contacts.push({
        id,
        accountId,
        name: c.name,
        title: c.title,
        businessUnit: c.unit,
        email: `${c.name
          .toLowerCase()
          .replace(/[^a-z]+/g, '.')
          .replace(/^\.|\.$/g, '')}@${accountKey}.example`,
        reportsToContactId: c.reportsTo ? contactIds.get(`${accountKey}.${c.reportsTo}`)! : null,
        level: c.level,
        decisionRole: c.role,
        influence: c.influence,
        interest: c.interest,
        attitude: c.attitude,
        interests: c.interests,
        status: leftOn ? 'left' : 'active',
        leftOn,
      });
      const every = c.everyMonths ?? 3;
      c.scores.forEach((score, i) => {
        const takenOn = addDays(addMonths(lastDay, -every * (c.scores.length - 1 - i)), -7);
        rows.readings.push({
          id: newId(),
          contactId: id,
          takenOn,
          score,
          source: i % 2 ? 'meeting' : 'manager_estimate',
        });
      });
      if (c.pulse && !leftOn) {
        const [nps, csat] = c.pulse;
        const answeredOn = addDays(today, -3);
        const pulseId = newId();
        rows.pulses.push({
          id: pulseId,
          contactId: id,
          tokenHash: createHash('sha256').update(newId()).digest('hex'),
          expiresAt: atMorning(addDays(answeredOn, 10)),
          usedAt: atMorning(answeredOn),
          sentByUserId,
          npsAnswer: nps,
          csatAnswer: csat,
          comment: null,
          createdAt: atMorning(addDays(answeredOn, -4)),
        });
        rows.readings.push({
          id: newId(),
          contactId: id,
          takenOn: answeredOn,
          score: nps,
          source: 'pulse',
          pulseId,
        });
      }
      for (const [person, depthNow, depthTarget, touchedDaysAgo] of c.owners ?? []) {
        rows.owners.push({
          id: newId(),
          contactId: id,
          personId: personIdOf(person),
          depthNow,
          depthTarget,
          lastTouchOn: addDays(lastDay, -touchedDaysAgo),
        });
      }
    }
  }

  const conflict = demoConflict;
  rows.conflicts.push({
    id: newId(),
    accountId: accountIdOf(conflict.account),
    title: conflict.title,
    sides: conflict.sides.map((s) => ({
      contactIds: s.contacts.map((k) => contactIds.get(`${conflict.account}.${k}`)!),
      wants: s.wants,
    })),
    meaningForUs: conflict.meaningForUs,
    resolution: conflict.resolution,
    outcome: conflict.outcome,
    status: conflict.status,
    createdAt: atMorning(addMonths(today, -conflict.monthsAgo)),
  });
  return rows;
}
