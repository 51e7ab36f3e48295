import type { ContactDetail } from '@vested/contracts';
import type { Attitude, ContactLevel, DecisionRole, Locale } from '@vested/domain';

export type ContactFormValues = {
  name: string;
  title: string;
  businessUnit: string;
  email: string;
  phone: string;
  language: Locale | null;
  reportsToId: string | null;
  level: ContactLevel | null;
  decisionRole: DecisionRole | null;
  influence: number;
  interest: number;
  attitude: Attitude;
  interests: string[];
  notes: string;
};

export const emptyContactValues: ContactFormValues = {
  name: '',
  title: '',
  businessUnit: '',
  email: '',
  phone: '',
  language: null,
  reportsToId: null,
  level: null,
  decisionRole: null,
  influence: 3,
  interest: 3,
  attitude: 'neutral',
  interests: [],
  notes: '',
};

export function contactToValues(c: ContactDetail): ContactFormValues {
  return {
    name: c.name,
    title: c.title ?? '',
    businessUnit: c.businessUnit ?? '',
    email: c.email ?? '',
    phone: c.phone ?? '',
    language: c.language,
    reportsToId: c.reportsToId,
    level: c.level,
    decisionRole: c.decisionRole,
    influence: c.influence,
    interest: c.interest,
    attitude: c.attitude,
    interests: c.interests,
    notes: c.notes ?? '',
  };
}
