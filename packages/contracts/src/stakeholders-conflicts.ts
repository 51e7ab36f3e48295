/* Conflicts of interest between contacts (or groups of them), and how they were resolved. */
import { z } from 'zod';
import { Id, optionalText, Timestamp, VersionBody } from './common';
import { ConflictStatus } from './stakeholders-contacts';

// --- conflicts of interest -------------------------------------------------------------------------

const ConflictSide = z.object({
  contactIds: z.array(Id).min(1, { error: 'Name at least one contact on this side' }).max(50),
  wants: z.string().trim().min(1, { error: 'Say what this side wants' }).max(2000),
});
const conflictFields = {
  title: z
    .string()
    .trim()
    .min(1, { error: 'Title is required' })
    .max(200, { error: 'At most 200 characters' }),
  sides: z.array(ConflictSide).min(2, { error: 'A conflict has at least two sides' }).max(10),
  meaningForUs: optionalText(5000),
  resolution: optionalText(5000),
  outcome: optionalText(2000),
  status: ConflictStatus,
};
export const CreateConflictBody = z.object({ ...conflictFields, status: ConflictStatus.default('open') });
export type CreateConflictBody = z.input<typeof CreateConflictBody>;
export const UpdateConflictBody = z.object(conflictFields).partial().extend(VersionBody.shape);
export const ConflictParams = z.object({ id: Id, conflictId: Id });
export const Conflict = z.object({
  id: z.string(),
  accountId: z.string(),
  title: z.string(),
  sides: z.array(z.object({ contactIds: z.array(z.string()), wants: z.string() })),
  meaningForUs: z.string().nullable(),
  resolution: z.string().nullable(),
  outcome: z.string().nullable(),
  status: ConflictStatus,
  version: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Conflict = z.infer<typeof Conflict>;
export const ConflictList = z.object({ items: z.array(Conflict) });
