import type { PersonAccount, PersonDetail } from '@vested/contracts';
import {
  allocationView,
  canOnWorkspace,
  daysCovered,
  daysInMonth,
  type IsoDate,
  monthLoad,
  monthOf,
  roundHours,
  withinPeriod,
} from '@vested/domain';
import { and, asc, desc, eq, lte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { costRates, people } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { allocationsOf, lineOf, seesAllCapacity } from '../capacity/queries';
import { skillsOfPerson } from './person-skills';
import { loadPerson } from './queries';

/**
 * A person, their skills, this month's load, their direct reports, and their places on account teams
 * as the viewer may see them: in full on accounts the viewer reads; as name, role and hours when the
 * person is the viewer or in the viewer's line; otherwise only as hours in the month's total.
 */
export async function personDetail(
  db: Db,
  actor: SignedIn,
  id: string,
  today: IsoDate,
): Promise<PersonDetail> {
  const person = await loadPerson(db, id);
  const month = monthOf(today);
  const readsRates = canOnWorkspace(actor, 'manageEconomics');
  const [allocations, reports, skills, line, [rate]] = await Promise.all([
    allocationsOf(db, [id], null, actor, today),
    db
      .select({ id: people.id, name: people.name })
      .from(people)
      .where(eq(people.lineManagerPersonId, id))
      .orderBy(asc(people.name)),
    skillsOfPerson(db, id),
    seesAllCapacity(actor) ? Promise.resolve(new Set<string>()) : lineOf(db, actor.personId),
    readsRates
      ? db
          .select({ from: costRates.fromDate, amount: costRates.hourlyMinor, currency: costRates.currency })
          .from(costRates)
          .where(
            and(eq(costRates.level, 'person'), eq(costRates.personId, id), lte(costRates.fromDate, today)),
          )
          .orderBy(desc(costRates.fromDate))
          .limit(1)
      : Promise.resolve([]),
  ]);
  const selfOrInLine = actor.personId === id || line.has(id) || seesAllCapacity(actor);
  const accounts: PersonAccount[] = [];
  let hiddenHourDays = 0;
  for (const a of allocations) {
    const view = allocationView({ mayReadAccount: a.visible, selfOrInLine });
    if (view === 'hidden') {
      hiddenHourDays += a.hoursPerMonth * daysCovered(a.from, a.to, month);
      continue;
    }
    accounts.push({
      accountId: a.accountId,
      accountName: a.accountName,
      role: a.role,
      roleName: a.roleName,
      hoursPerMonth: a.hoursPerMonth,
      from: a.from,
      to: a.to,
      current: withinPeriod(today, a.from, a.to),
      view,
    });
  }
  accounts.sort((a, b) => Number(b.current) - Number(a.current) || (a.from < b.from ? 1 : -1));
  const load = monthLoad(person.monthlyCapacityHours, allocations, month);
  return {
    ...person,
    skills,
    accounts,
    otherAccountsHours: roundHours(hiddenHourDays / daysInMonth(month)),
    load: {
      month,
      capacityHours: load.capacityHours,
      allocatedHours: load.allocatedHours,
      freeHours: load.freeHours,
      overAllocated: load.overAllocated,
      overByHours: load.overByHours,
    },
    reports,
    costRate: rate
      ? { from: rate.from, hourly: { amount: Number(rate.amount), currency: rate.currency } }
      : null,
    permissions: {
      edit: canOnWorkspace(actor, 'managePeople'),
      readCostRates: readsRates,
      assess: canOnWorkspace(actor, 'assessManager'),
    },
  };
}
