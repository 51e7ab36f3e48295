import { managerCriteria } from '@vested/domain';
import { z } from 'zod';
import { Id, IsoDate, optionalText, PageQuery, pageOf, Timestamp, VersionBody } from './common';

export const ManagerCriterion = z.enum(managerCriteria);

const CriterionScore = z.object({
  level: z
    .number({ error: 'Use a level from 1 to 5' })
    .int({ error: 'Use a level from 1 to 5' })
    .min(1, { error: 'Use a level from 1 to 5' })
    .max(5, { error: 'Use a level from 1 to 5' }),
  evidence: z
    .string({ error: 'Give the evidence' })
    .trim()
    .min(3, { error: 'Give the evidence' })
    .max(4000, { error: 'At most 4000 characters' }),
});
/** The six skills, knowledge of the company's services and experience: each 1–5 with evidence. */
export const AssessmentScores = z.object(
  Object.fromEntries(managerCriteria.map((c) => [c, CriterionScore])) as Record<
    (typeof managerCriteria)[number],
    typeof CriterionScore
  >,
);
export type AssessmentScores = z.infer<typeof AssessmentScores>;

const periodRule = (b: { periodFrom?: string; periodTo?: string }) =>
  !b.periodFrom || !b.periodTo || b.periodTo >= b.periodFrom;

export const CreateAssessmentBody = z
  .object({ periodFrom: IsoDate, periodTo: IsoDate, scores: AssessmentScores, summary: optionalText(4000) })
  .refine(periodRule, { path: ['periodTo'], error: 'The period ends before it starts' });
export type CreateAssessmentBody = z.input<typeof CreateAssessmentBody>;
export const UpdateAssessmentBody = VersionBody.extend({
  periodFrom: IsoDate.optional(),
  periodTo: IsoDate.optional(),
  scores: AssessmentScores.optional(),
  summary: optionalText(4000),
}).refine(periodRule, { path: ['periodTo'], error: 'The period ends before it starts' });
export type UpdateAssessmentBody = z.input<typeof UpdateAssessmentBody>;

const Trend = z.enum(['up', 'down', 'flat', 'unknown']);
const NotMeasured = z.object({ measured: z.literal(false), reason: z.string() });

/** What Vested measured over a period across the accounts the person managed in it. */
export const ManagerResults = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  currency: z.string(),
  accounts: z.number().int(),
  objectives: z.object({
    onTrack: z.number().int(),
    atRisk: z.number().int(),
    offTrack: z.number().int(),
    notJudged: z.number().int(),
    metShare: z.number().nullable(),
  }),
  roi: z.object({
    invested: z.number(),
    returned: z.number(),
    multiple: z.number().nullable(),
    previousInvested: z.number(),
    previousReturned: z.number(),
    previousMultiple: z.number().nullable(),
    change: z.number().nullable(),
    trend: Trend,
    accountsCounted: z.number().int(),
  }),
  cement: z.object({
    start: z.number().nullable(),
    end: z.number().nullable(),
    change: z.number().nullable(),
    trend: Trend,
    accountsCounted: z.number().int(),
  }),
  problemsResolved: NotMeasured,
  opportunitiesWon: NotMeasured,
  /** Account by account; accounts the viewer may not open are named but carry no figures. */
  byAccount: z.array(
    z.object({
      accountId: z.string(),
      name: z.string(),
      objective: z.enum(['growth', 'preservation', 'image']),
      heldFrom: z.string(),
      heldTo: z.string(),
      status: z.enum(['on_track', 'at_risk', 'off_track']).nullable(),
      roiMultiple: z.number().nullable(),
      previousRoiMultiple: z.number().nullable(),
      cementStart: z.number().nullable(),
      cementEnd: z.number().nullable(),
      /** Why a figure is missing (an exchange rate, no contacts…), or that it is withheld. */
      notes: z.array(z.string()),
    }),
  ),
});
export type ManagerResults = z.infer<typeof ManagerResults>;

export const Assessment = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  scores: AssessmentScores,
  average: z.number(),
  summary: z.string().nullable(),
  assessedByName: z.string().nullable(),
  version: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Assessment = z.infer<typeof Assessment>;
/** An assessment beside the results measured over the same period. */
export const AssessmentWithResults = Assessment.extend({ results: ManagerResults });
export type AssessmentWithResults = z.infer<typeof AssessmentWithResults>;
export const ManagerHistory = z.object({
  person: z.object({ id: z.string(), name: z.string() }),
  items: z.array(AssessmentWithResults),
});
export type ManagerHistory = z.infer<typeof ManagerHistory>;

export const ManagerParams = z.object({ personId: Id });
export const AssessmentParams = z.object({ assessmentId: Id });
export const ResultsQuery = z
  .object({ from: IsoDate, to: IsoDate })
  .refine((q) => q.to >= q.from, { path: ['to'], error: 'The period ends before it starts' });

/** Every person who managed an account in the period, their latest assessment and their results. */
export const ComparisonQuery = PageQuery.extend({ from: IsoDate, to: IsoDate }).refine(
  (q) => q.to >= q.from,
  {
    path: ['to'],
    error: 'The period ends before it starts',
  },
);
export const ComparisonRow = z.object({
  personId: z.string(),
  name: z.string(),
  latestAssessment: z
    .object({
      id: z.string(),
      periodFrom: z.string(),
      periodTo: z.string(),
      average: z.number(),
      levels: z.record(z.string(), z.number()),
    })
    .nullable(),
  results: ManagerResults.omit({ byAccount: true }),
});
export const ComparisonPage = pageOf(ComparisonRow).extend({
  period: z.object({ from: z.string(), to: z.string() }),
});
