import type { PulseList } from '@vested/contracts';
import { desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { contacts, pulses, users } from '../../db/schema';
import { iso } from '../accounts/queries';

type PulseStatus = z.infer<typeof PulseList>['items'][number];

/** The pulses sent on an account and where each stands; never their tokens (only hashes are kept). */
export async function listPulses(db: Db, accountId: string, now: Date): Promise<PulseStatus[]> {
  const rows = await db
    .select({
      id: pulses.id,
      contactId: pulses.contactId,
      contactName: contacts.name,
      sentByName: users.name,
      createdAt: pulses.createdAt,
      expiresAt: pulses.expiresAt,
      usedAt: pulses.usedAt,
      npsAnswer: pulses.npsAnswer,
      csatAnswer: pulses.csatAnswer,
    })
    .from(pulses)
    .innerJoin(contacts, eq(contacts.id, pulses.contactId))
    .leftJoin(users, eq(users.id, pulses.sentByUserId))
    .where(eq(contacts.accountId, accountId))
    .orderBy(desc(pulses.createdAt), desc(pulses.id))
    .limit(500);
  return rows.map((r) => ({
    ...r,
    createdAt: iso(r.createdAt),
    expiresAt: iso(r.expiresAt),
    usedAt: iso(r.usedAt),
    state: r.usedAt ? 'answered' : Date.parse(r.expiresAt) <= now.getTime() ? 'expired' : 'waiting',
  }));
}
