import type { MatrixCell, PersonCapacity, PersonCapacityQuery } from '@vested/contracts';
import {
  addMonths,
  allocationView,
  daysCovered,
  daysInMonth,
  type IsoDate,
  monthLoad,
  monthOf,
  monthsFromTo,
  roundHours,
} from '@vested/domain';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import type { SignedIn } from '../../http/authenticate';
import { invalid } from '../../http/errors';
import { loadPerson } from '../people/queries';
import { allocationsOf, cellOf, lineOf, seesAllCapacity } from './queries';

/** One person's load month by month, with the cells the viewer may see (the matrix's rule). */
export async function personCapacity(
  db: Db,
  viewer: SignedIn,
  personId: string,
  query: z.output<typeof PersonCapacityQuery>,
  today: IsoDate,
): Promise<PersonCapacity> {
  const person = await loadPerson(db, personId);
  const from = query.from ?? monthOf(today);
  const to = query.to ?? addMonths(from, 5);
  const months = monthsFromTo(from, to);
  if (months.length > 24)
    throw invalid('At most 24 months at a time', { to: 'At most 24 months after the start' });
  const [allocations, line] = await Promise.all([
    allocationsOf(db, [personId], { from, to }, viewer, today),
    seesAllCapacity(viewer) ? Promise.resolve(new Set<string>()) : lineOf(db, viewer.personId),
  ]);
  const selfOrInLine = seesAllCapacity(viewer) || viewer.personId === personId || line.has(personId);
  const accounts = new Map<string, { accountId: string; name: string; view: MatrixCell['view'] }>();
  const roles: Record<string, string> = {};
  const result = {
    personId,
    months: months.map((month) => {
      const load = monthLoad(person.monthlyCapacityHours, allocations, month);
      const days = daysInMonth(month);
      const cells: MatrixCell[] = [];
      let hidden = 0;
      for (const a of allocations) {
        const covered = daysCovered(a.from, a.to, month);
        if (covered === 0) continue;
        const view = allocationView({ mayReadAccount: a.visible, selfOrInLine });
        if (view === 'hidden') {
          hidden += a.hoursPerMonth * covered;
          continue;
        }
        accounts.set(a.accountId, { accountId: a.accountId, name: a.accountName, view });
        roles[a.role] = a.roleName;
        cells.push(cellOf(a, covered, days, view));
      }
      return {
        month,
        capacityHours: load.capacityHours,
        allocatedHours: load.allocatedHours,
        freeHours: load.freeHours,
        overAllocated: load.overAllocated,
        overByHours: load.overByHours,
        cells,
        otherAccountsHours: roundHours(hidden / days),
      };
    }),
  };
  return { ...result, accounts: [...accounts.values()].sort((a, b) => a.name.localeCompare(b.name)), roles };
}
