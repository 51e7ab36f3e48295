import type { StakeholderFigures, StakeholderFiguresQuery } from '@vested/contracts';
import {
  cement,
  cementTrend,
  coverageGaps,
  csat,
  type IsoDate,
  lastMonths,
  latestAnswers,
  nps,
  roleFactors,
} from '@vested/domain';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { contacts } from '../../db/schema';
import { loadMapFacts } from './map-facts';

type Query = z.output<typeof StakeholderFiguresQuery>;

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
  const {
    contacts: list,
    readings,
    owners,
    answers,
  } = await loadMapFacts(db, eq(contacts.accountId, accountId));
  const latest = latestAnswers(list, answers, today);
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
    nps: nps(latest.nps),
    csat: csat(latest.csat),
    gaps,
    trend: cementTrend(list, readings, lastMonths(today, query.months), today, query.satisfiedAt),
  };
}
