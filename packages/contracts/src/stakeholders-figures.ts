/* The map of one account as the Relationships tab draws it: org chart, power/interest grid, figures. */
import { z } from 'zod';
import { Contact, ContactOwner, DecisionRole, Quadrant } from './stakeholders-contacts';

// --- the map as the Relationships tab draws it ---------------------------------------------------

/**
 * A card of the org chart: what the card draws, the reporting lines, a re-parenting (version) and the
 * pickers of pulses and conflicts need — nothing else. An account of 2,000 contacts sends all of them at
 * once, so the card carries the latest score alone (its day and source are on the contact page), and an
 * owner only who (the name is in `ourPeople`) and how deep; the rest of a contact is on its own page.
 */
export const OrgChartNode = Contact.pick({
  id: true,
  name: true,
  title: true,
  businessUnit: true,
  email: true,
  reportsToId: true,
  decisionRole: true,
  influence: true,
  status: true,
  version: true,
}).extend({
  /** The latest reading's score (ties on a day: the one recorded last), null before any reading. */
  latestScore: z.number().int().nullable(),
  owners: z.array(ContactOwner.pick({ personId: true, depthNow: true })),
});
/**
 * Every contact of the account (left ones too, to grey out) with parent, latest score and owners, and our
 * people who own any of them: one request.
 */
export const OrgChart = z.object({
  nodes: z.array(OrgChartNode),
  ourPeople: z.array(z.object({ personId: z.string(), name: z.string() })),
});
export type OrgChart = z.infer<typeof OrgChart>;

const GridContact = Contact.pick({
  id: true,
  name: true,
  title: true,
  decisionRole: true,
  influence: true,
  interest: true,
  attitude: true,
  latestReading: true,
});
/** Active contacts by power/interest quadrant; a value of `highFrom` or more counts as high. */
export const StakeholderGrid = z.object({
  highFrom: z.number().int(),
  quadrants: z.record(Quadrant, z.array(GridContact)),
});

const count = z.coerce.number().int();
export const StakeholderFiguresQuery = z.object({
  satisfiedAt: count.min(0).max(10).default(7),
  touchDays: count.min(1).max(3650).default(45),
  readingDays: count.min(1).max(3650).default(90),
  months: count.min(1).max(36).default(12),
});
export const CementFigure = z.object({
  active: z.number().int(),
  withReading: z.number().int(),
  satisfied: z.number().int(),
  share: z.number().nullable(),
  weightedShare: z.number().nullable(),
});
export const NpsFigure = z.object({
  answers: z.number().int(),
  promoters: z.number().int(),
  passives: z.number().int(),
  detractors: z.number().int(),
  score: z.number().int().nullable(),
});
export const CsatFigure = z.object({
  answers: z.number().int(),
  satisfied: z.number().int(),
  share: z.number().nullable(),
});
export const CoverageGap = z.object({
  kind: z.enum([
    'decider_without_owner',
    'decider_not_touched',
    'decider_without_reading',
    'no_champion',
    'single_threaded',
  ]),
  contactId: z.string().optional(),
  contactName: z.string().optional(),
  personId: z.string().optional(),
  personName: z.string().optional(),
  lastTouchOn: z.string().nullable().optional(),
  lastReadingOn: z.string().nullable().optional(),
  days: z.number().int().nullable().optional(),
});
export const StakeholderFigures = z.object({
  asOf: z.string(),
  satisfiedAt: z.number().int(),
  roleFactors: z.record(DecisionRole, z.number()),
  cement: CementFigure,
  nps: NpsFigure,
  csat: CsatFigure,
  gaps: z.array(CoverageGap),
  trend: z.array(CementFigure.extend({ month: z.string(), asOf: z.string() })),
});
export type StakeholderFigures = z.infer<typeof StakeholderFigures>;
