import type { MatrixCell, MatrixPage, MatrixQuery, MatrixRow } from '@vested/contracts';
import {
  type Actor,
  allocationView,
  daysCovered,
  daysInMonth,
  type IsoDate,
  monthLoad,
  roundHours,
} from '@vested/domain';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { offsetOf } from '../../http/pagination';
import { matrixPeople } from './matrix-people';
import { allocationsOf, cellOf, seesAllCapacity } from './queries';

type Query = z.output<typeof MatrixQuery>;
type Row = {
  id: string;
  name: string;
  title: string | null;
  department: string | null;
  capacity: number | null;
  lm_id: string | null;
  lm_name: string | null;
  in_line: boolean;
  total: number;
};

/**
 * People × accounts for a month, one page of people at a time, through drizzle, Node and the domain:
 * the typed path. The route sends `capacityMatrixJson` (matrix-json.ts), which PostgreSQL writes from
 * the same people query; `matrix-json.test.ts` holds the two equal, field by field, so this stays the
 * readable statement of what the matrix answers. The page's people come from `matrixPeople` (filters,
 * "over capacity" included, run before paging), their allocations in one more query, and the domain
 * turns them into cells and totals.
 */
export async function capacityMatrix(
  db: Db,
  viewer: Actor,
  query: Query,
  today: IsoDate,
): Promise<MatrixPage> {
  const { month, ctes, order } = matrixPeople(viewer, query, today);
  const days = daysInMonth(month);
  const result = await db.execute(sql`with ${ctes}
    select *, (select count(*)::int from base) as total from base
    order by ${order} limit ${query.pageSize} offset ${offsetOf(query.page, query.pageSize)}`);
  const rows = (result as unknown as { rows: Row[] }).rows;
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && query.page > 1) {
    const again = await capacityMatrix(db, viewer, { ...query, page: 1, pageSize: 1 }, today);
    total = again.total;
  }

  const allocations = await allocationsOf(
    db,
    rows.map((r) => r.id),
    { from: month, to: month },
    viewer,
    today,
  );
  const byPerson = new Map<string, typeof allocations>();
  for (const a of allocations) byPerson.set(a.personId, [...(byPerson.get(a.personId) ?? []), a]);
  const seesAll = seesAllCapacity(viewer);
  const accountColumns = new Map<string, { accountId: string; name: string; view: MatrixCell['view'] }>();
  const roles: Record<string, string> = {};

  const items: MatrixRow[] = rows.map((r) => {
    const mine = byPerson.get(r.id) ?? [];
    const capacity = r.capacity === null ? null : Number(r.capacity);
    const load = monthLoad(capacity, mine, month);
    const selfOrInLine = seesAll || r.id === viewer.personId || r.in_line;
    const cells: MatrixCell[] = [];
    let hiddenHourDays = 0;
    for (const a of mine) {
      const view = allocationView({ mayReadAccount: a.visible, selfOrInLine });
      const covered = daysCovered(a.from, a.to, month);
      if (view === 'hidden') {
        hiddenHourDays += a.hoursPerMonth * covered;
        continue;
      }
      roles[a.role] = a.roleName;
      cells.push(cellOf(a, covered, days, view));
      const seen = accountColumns.get(a.accountId);
      if (!seen || (seen.view !== 'full' && view === 'full'))
        accountColumns.set(a.accountId, { accountId: a.accountId, name: a.accountName, view });
    }
    const group =
      query.groupBy === 'lineManager'
        ? { key: r.lm_id, name: r.lm_name }
        : { key: r.department, name: r.department };
    return {
      personId: r.id,
      name: r.name,
      title: r.title,
      department: r.department,
      lineManager: r.lm_id ? { personId: r.lm_id, name: r.lm_name! } : null,
      group,
      capacityHours: capacity,
      allocatedHours: load.allocatedHours,
      freeHours: load.freeHours,
      overAllocated: load.overAllocated,
      overByHours: load.overByHours,
      cells,
      otherAccountsHours: roundHours(hiddenHourDays / days),
    };
  });

  return {
    items,
    total,
    page: query.page,
    pageSize: query.pageSize,
    month,
    groupBy: query.groupBy,
    // By name as the database orders names (its collation), the order the cells come in.
    accounts: [...accountColumns.values()].sort((a, b) =>
      a.name === b.name ? (a.accountId < b.accountId ? -1 : 1) : a.name < b.name ? -1 : 1,
    ),
    roles,
    totals: {
      capacityHours: items.reduce((s, i) => s + (i.capacityHours ?? 0), 0),
      allocatedHours: roundHours(items.reduce((s, i) => s + i.allocatedHours, 0)),
    },
  };
}
