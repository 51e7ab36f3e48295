import type { PulseAnswerBody } from '@vested/contracts';
import { isoDate } from '@vested/domain';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { contacts, pulses, satisfactionReadings } from '../../db/schema';
import { HttpError, notFound } from '../../http/errors';
import { sha256 } from '../../http/secrets';
import { refreshAccountSummary } from '../stakeholders/account-summary';
import { auditStakeholders } from '../stakeholders/audit';

/** The questions the client sees, in both languages of the UI. */
export const pulseQuestions = {
  en: {
    recommend: 'How likely are you to recommend us to a colleague? (0–10)',
    satisfaction: "How satisfied are you with our team's work? (1–5)",
    comment: 'Anything you would like to tell us?',
  },
  ru: {
    recommend: 'Насколько вероятно, что вы порекомендуете нас коллеге? (0–10)',
    satisfaction: 'Насколько вы довольны работой нашей команды? (1–5)',
    comment: 'Что бы вы хотели нам сказать?',
  },
};

const gone = (message: string) => new HttpError(410, 'conflict', message);
const notValid = () => notFound('Pulse link');

/** The pulse behind a token, usable now: 404 unknown (or tampered), 410 used or expired. */
async function usablePulse(db: Db, token: string, now: Date, lock: boolean) {
  const query = db
    .select({
      id: pulses.id,
      contactId: pulses.contactId,
      accountId: contacts.accountId,
      contactName: contacts.name,
      expiresAt: pulses.expiresAt,
      usedAt: pulses.usedAt,
    })
    .from(pulses)
    .innerJoin(contacts, eq(contacts.id, pulses.contactId))
    .where(eq(pulses.tokenHash, sha256(token)));
  const [pulse] = lock ? await query.for('update', { of: pulses }) : await query;
  if (!pulse) throw notValid();
  if (pulse.usedAt)
    throw gone('This pulse has already been answered. Thank you — there is nothing more to do.');
  if (Date.parse(pulse.expiresAt) <= now.getTime()) {
    throw gone(
      'This pulse link has expired. Ask your account manager for a new one if you would like to answer.',
    );
  }
  return pulse;
}

/** How the form and the email greet a contact: by the first word of their name. */
export function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

/** What the public form shows: the questions and the contact's first name — nothing else. */
export async function showPulse(db: Db, token: string, now: Date) {
  const pulse = await usablePulse(db, token, now, false);
  return { firstName: firstNameOf(pulse.contactName), questions: pulseQuestions };
}

/** The client's answer becomes a reading with source 'pulse'; the link is spent in the same transaction. */
export async function answerPulse(
  db: Db,
  token: string,
  body: z.output<typeof PulseAnswerBody>,
  now: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    const pulse = await usablePulse(tx, token, now, true);
    const answer = { npsAnswer: body.nps, csatAnswer: body.csat ?? null, comment: body.comment ?? null };
    await tx
      .update(pulses)
      .set({ usedAt: now.toISOString(), ...answer })
      .where(eq(pulses.id, pulse.id));
    await tx.insert(satisfactionReadings).values({
      contactId: pulse.contactId,
      takenOn: isoDate(now),
      score: body.nps,
      source: 'pulse',
      comment: answer.comment,
      pulseId: pulse.id,
      createdAt: now.toISOString(),
    });
    await auditStakeholders(tx, {
      actorUserId: null,
      entityType: 'pulse',
      entityId: pulse.id,
      accountId: pulse.accountId,
      action: 'answered',
      changes: {
        contact: { before: null, after: pulse.contactName },
        nps: { before: null, after: answer.npsAnswer },
        csat: { before: null, after: answer.csatAnswer },
      },
      contactIds: [pulse.contactId],
    });
    await refreshAccountSummary(tx, pulse.accountId, now, isoDate(now));
  });
}
