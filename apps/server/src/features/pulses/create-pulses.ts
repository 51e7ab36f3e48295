import type { CreatePulsesBody } from '@vested/contracts';
import type { IsoDate, Locale } from '@vested/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { contacts, pulses } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { ruleBroken } from '../../http/errors';
import { newSecret, sha256 } from '../../http/secrets';
import { loadAccountFor } from '../accounts/queries';
import { auditStakeholders } from '../stakeholders/audit';

export type CreatedPulse = {
  id: string;
  contactId: string;
  contactName: string;
  link: string;
  expiresAt: string;
  /** Where and how to email the link (not part of the answer). */
  email: string | null;
  language: Locale | null;
};

/**
 * The account manager (whoever may update the account) sends a pulse to chosen active contacts: each gets
 * a unique random token, shown once here as the link `/pulse/<token>`; the database keeps its SHA-256.
 */
export async function createPulses(
  db: Db,
  actor: SignedIn,
  accountId: string,
  body: z.output<typeof CreatePulsesBody>,
  now: Date,
  today: IsoDate,
): Promise<CreatedPulse[]> {
  return db.transaction(async (tx) => {
    await loadAccountFor(tx, actor, accountId, 'update', today);
    const ids = [...new Set(body.contactIds)];
    const chosen = await tx
      .select({
        id: contacts.id,
        name: contacts.name,
        status: contacts.status,
        email: contacts.email,
        language: contacts.language,
      })
      .from(contacts)
      .where(and(eq(contacts.accountId, accountId), inArray(contacts.id, ids)));
    const byId = new Map(chosen.map((c) => [c.id, c]));
    const fields: Record<string, string> = {};
    body.contactIds.forEach((id, i) => {
      const c = byId.get(id);
      if (!c) fields[`contactIds.${i}`] = 'Choose a contact of this account';
      else if (c.status !== 'active') fields[`contactIds.${i}`] = 'This contact has left the company';
    });
    if (Object.keys(fields).length > 0) throw ruleBroken('Some contacts cannot get a pulse', fields);

    const expiresAt = new Date(now.getTime() + body.expiresInDays * 86_400_000).toISOString();
    const created: CreatedPulse[] = [];
    for (const id of ids) {
      const token = newSecret(32);
      const [row] = await tx
        .insert(pulses)
        .values({
          contactId: id,
          tokenHash: sha256(token),
          expiresAt,
          sentByUserId: actor.userId,
          createdAt: now.toISOString(),
        })
        .returning({ id: pulses.id });
      const { name: contactName, email, language } = byId.get(id)!;
      const link = `/pulse/${token}`;
      created.push({ id: row!.id, contactId: id, contactName, link, expiresAt, email, language });
      await auditStakeholders(tx, {
        actorUserId: actor.userId,
        entityType: 'pulse',
        entityId: row!.id,
        accountId,
        action: 'sent',
        changes: {
          contact: { before: null, after: contactName },
          expiresAt: { before: null, after: expiresAt },
        },
        contactIds: [id],
      });
    }
    return created;
  });
}
