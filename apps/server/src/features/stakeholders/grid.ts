import type { StakeholderGrid } from '@vested/contracts';
import { HIGH_FROM, type Quadrant, quadrantOf, quadrants } from '@vested/domain';
import { and, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { contacts } from '../../db/schema';
import { latestReading } from './queries';

type Grid = z.infer<typeof StakeholderGrid>;

/** The active contacts of an account on the power/interest grid, the most influential first. */
export async function stakeholderGrid(db: Db, accountId: string): Promise<Grid> {
  const rows = await db
    .select({
      id: contacts.id,
      name: contacts.name,
      title: contacts.title,
      decisionRole: contacts.decisionRole,
      influence: contacts.influence,
      interest: contacts.interest,
      attitude: contacts.attitude,
      latestReading,
    })
    .from(contacts)
    .where(and(eq(contacts.accountId, accountId), eq(contacts.status, 'active')))
    .orderBy(desc(contacts.influence), desc(contacts.interest), contacts.name);
  const grid = Object.fromEntries(
    quadrants.map((q) => [q, [] as Grid['quadrants'][Quadrant]]),
  ) as Grid['quadrants'];
  for (const c of rows) grid[quadrantOf(c.influence, c.interest)].push(c);
  return { highFrom: HIGH_FROM, quadrants: grid };
}
