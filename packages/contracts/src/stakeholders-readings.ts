/* Satisfaction readings of a contact, and the pulses that ask the client for one. */
import { z } from 'zod';
import { Id, IsoDate, optionalText, Timestamp } from './common';
import { OneToFive, ReadingSource, wholeFrom } from './stakeholders-contacts';

// --- satisfaction ------------------------------------------------------------------------------------

export const Score = wholeFrom(0, 10);
export const CreateReadingBody = z.object({
  takenOn: IsoDate,
  score: Score,
  source: z.enum(['meeting', 'manager_estimate'], { error: 'Pulse readings come from the pulse form' }),
  comment: optionalText(2000),
});
export type CreateReadingBody = z.input<typeof CreateReadingBody>;
export const SatisfactionReading = z.object({
  id: z.string(),
  contactId: z.string(),
  takenOn: z.string(),
  score: z.number().int(),
  source: ReadingSource,
  comment: z.string().nullable(),
  recordedByName: z.string().nullable(),
  createdAt: Timestamp,
});
export type SatisfactionReading = z.infer<typeof SatisfactionReading>;
export const ReadingList = z.object({ items: z.array(SatisfactionReading) });

// --- pulses --------------------------------------------------------------------------------------

export const CreatePulsesBody = z.object({
  contactIds: z.array(Id).min(1, { error: 'Choose at least one contact' }).max(200),
  expiresInDays: z.number().int().min(1).max(90).default(14),
});
export type CreatePulsesBody = z.input<typeof CreatePulsesBody>;
/**
 * The link is shown once, here; only the SHA-256 of its token is kept. With email configured, each link was
 * also sent to its contact: `delivery` says whether it went, and why not (`deliveryError`, from the mail
 * server); a link not emailed is there to copy.
 */
export const CreatedPulses = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      contactId: z.string(),
      contactName: z.string(),
      link: z.string(),
      expiresAt: Timestamp,
      delivery: z.enum(['emailed', 'failed', 'no_email', 'not_configured']),
      deliveryError: z.string().nullable(),
    }),
  ),
});
export const PulseStatus = z.object({
  id: z.string(),
  contactId: z.string(),
  contactName: z.string(),
  sentByName: z.string().nullable(),
  createdAt: Timestamp,
  expiresAt: Timestamp,
  usedAt: Timestamp.nullable(),
  state: z.enum(['waiting', 'answered', 'expired']),
  npsAnswer: z.number().int().nullable(),
  csatAnswer: z.number().int().nullable(),
});
export const PulseList = z.object({ items: z.array(PulseStatus) });

export const PulseTokenParams = z.object({ token: z.string().max(200) });
const Questions = z.object({ recommend: z.string(), satisfaction: z.string(), comment: z.string() });
/** All the public form shows: the questions and the contact's first name. */
export const PublicPulseForm = z.object({
  firstName: z.string(),
  questions: z.object({ en: Questions, ru: Questions }),
});
export const PulseAnswerBody = z.object({
  nps: Score,
  csat: OneToFive.nullable().optional(),
  comment: optionalText(2000),
});
export type PulseAnswerBody = z.input<typeof PulseAnswerBody>;
