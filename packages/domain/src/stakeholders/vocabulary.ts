import type { IsoDate } from '../dates';

/** The words of the stakeholder map (PRODUCT.md idea 5). Every list is in the order the UI shows it. */
export const contactLevels = ['executive', 'senior', 'middle', 'operational'] as const;
export type ContactLevel = (typeof contactLevels)[number];

export const decisionRoles = [
  'decision_maker',
  'economic_buyer',
  'influencer',
  'technical_evaluator',
  'user',
  'champion',
  'gatekeeper',
  'blocker',
] as const;
export type DecisionRole = (typeof decisionRoles)[number];

/** Attitude to us, from the warmest to the coldest. */
export const attitudes = ['champion', 'supporter', 'neutral', 'skeptic', 'opponent'] as const;
export type Attitude = (typeof attitudes)[number];

export const contactStatuses = ['active', 'left'] as const;
export type ContactStatus = (typeof contactStatuses)[number];

/** How deep a relationship of one of our people with a contact is, from shallow to deep. */
export const relationshipDepths = ['vendor', 'credible_source', 'problem_solver', 'trusted_advisor'] as const;
export type RelationshipDepth = (typeof relationshipDepths)[number];

export const readingSources = ['pulse', 'meeting', 'manager_estimate'] as const;
export type ReadingSource = (typeof readingSources)[number];

export const conflictStatuses = ['open', 'resolved', 'abandoned'] as const;
export type ConflictStatus = (typeof conflictStatuses)[number];

/** The decision centre of an account: the contacts whose coverage gaps matter most. */
export const deciders: readonly DecisionRole[] = ['decision_maker', 'economic_buyer'];

/** What the figures need to know about a contact. */
export type ContactFacts = {
  id: string;
  decisionRole: DecisionRole | null;
  influence: number; // 1..5
  interest: number; // 1..5
  attitude: Attitude;
  status: ContactStatus;
  /** The day they left the company; null while active. */
  leftOn: IsoDate | null;
  /** The day the contact was added to the map: they count in a month's figures from then on. */
  addedOn: IsoDate;
};

export type Reading = { contactId: string; takenOn: IsoDate; score: number };

/**
 * Is the contact part of the account's current map on `day`? Added by then and not yet gone: a contact
 * who left drops out of figures from their leaving day, but their readings stay in the history.
 */
export function activeOn(contact: ContactFacts, day: IsoDate): boolean {
  if (contact.addedOn > day) return false;
  if (contact.status === 'left') return contact.leftOn !== null && contact.leftOn > day;
  return true;
}
