import { isIsoMonth } from '@vested/domain';
import { z } from 'zod';
import { Id, PageQuery, pageOf } from './common';
import { MonthLoadSummary } from './people';

const Month = z.string().refine(isIsoMonth, { error: 'Use a month as YYYY-MM' });

/**
 * The matrix: people (rows, paged on the server, grouped by department or line manager) × accounts
 * (the cells of the page's rows). Filters narrow the rows; `overAllocated=true` keeps only people over
 * their capacity in the month.
 */
export const MatrixQuery = PageQuery.extend({
  /** Defaults to the current month. */
  month: Month.optional(),
  groupBy: z.enum(['department', 'lineManager']).default('department'),
  q: z.string().trim().max(200).optional(),
  department: z.string().trim().max(100).optional(),
  lineManagerPersonId: Id.optional(),
  skillId: Id.optional(),
  minLevel: z.coerce.number().int().min(1).max(5).default(1),
  accountId: Id.optional(),
  overAllocated: z.enum(['true', 'false']).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type MatrixQuery = z.input<typeof MatrixQuery>;

/** One allocation in the month: role and hours (prorated to the days of the month it covers). */
export const MatrixCell = z.object({
  accountId: z.string(),
  accountName: z.string(),
  role: z.string(),
  roleName: z.string(),
  hoursPerMonth: z.number().int(),
  hours: z.number(),
  from: z.string(),
  to: z.string().nullable(),
  /** `full`: the viewer may open the account; `name_and_hours`: a line manager's view of their person. */
  view: z.enum(['full', 'name_and_hours']),
});
export type MatrixCell = z.infer<typeof MatrixCell>;

export const MatrixRow = z.object({
  personId: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  department: z.string().nullable(),
  lineManager: z.object({ personId: z.string(), name: z.string() }).nullable(),
  /** The group the row belongs to (rows come sorted by group, then name). */
  group: z.object({ key: z.string().nullable(), name: z.string().nullable() }),
  capacityHours: z.number().nullable(),
  allocatedHours: z.number(),
  freeHours: z.number().nullable(),
  overAllocated: z.boolean(),
  overByHours: z.number(),
  cells: z.array(MatrixCell),
  /** Hours on accounts the viewer may not see, in the total but unnamed. */
  otherAccountsHours: z.number(),
});
export type MatrixRow = z.infer<typeof MatrixRow>;

const AccountColumn = z.object({
  accountId: z.string(),
  name: z.string(),
  view: z.enum(['full', 'name_and_hours']),
});
/** Role key → its name in the workspace list. */
const RoleNames = z.record(z.string(), z.string());

export const MatrixPage = pageOf(MatrixRow).extend({
  month: z.string(),
  groupBy: z.enum(['department', 'lineManager']),
  /** The columns: every account in the page's cells, by name. */
  accounts: z.array(AccountColumn),
  roles: RoleNames,
  /** Sums over the page's rows. */
  totals: z.object({ capacityHours: z.number(), allocatedHours: z.number() }),
});
export type MatrixPage = z.infer<typeof MatrixPage>;

export const PersonCapacityQuery = z
  .object({ from: Month.optional(), to: Month.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ['to'],
    error: 'The end month is before the start',
  });
/** A person's load month by month (default: this month and the next five). */
export const PersonCapacity = z.object({
  personId: z.string(),
  accounts: z.array(AccountColumn),
  roles: RoleNames,
  months: z.array(MonthLoadSummary.extend({ cells: z.array(MatrixCell), otherAccountsHours: z.number() })),
});
export type PersonCapacity = z.infer<typeof PersonCapacity>;
