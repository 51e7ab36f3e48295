import type { Person, PersonDetail } from '@vested/contracts';

export type SkillValue = { skillId: string | null; level: number };

export type PersonFormValues = {
  name: string;
  email: string;
  department: string;
  title: string;
  lineManagerPersonId: string | null;
  /** '' while not set (then no capacity warnings for the person). */
  monthlyCapacityHours: number | '';
  languages: string[];
  location: string;
  skills: SkillValue[];
  active: boolean;
};

export const emptyPersonValues: PersonFormValues = {
  name: '',
  email: '',
  department: '',
  title: '',
  lineManagerPersonId: null,
  monthlyCapacityHours: '',
  languages: [],
  location: '',
  skills: [],
  active: true,
};

export function personToValues(p: Person | PersonDetail): PersonFormValues {
  return {
    name: p.name,
    email: p.email ?? '',
    department: p.department ?? '',
    title: p.title ?? '',
    lineManagerPersonId: p.lineManagerPersonId,
    monthlyCapacityHours: p.monthlyCapacityHours ?? '',
    languages: p.languages,
    location: p.location ?? '',
    skills: 'skills' in p ? p.skills.map((s) => ({ skillId: s.skillId, level: s.level })) : [],
    active: p.active,
  };
}

/** The API's shape of (some of) the form's values. */
export function personBody(values: Partial<PersonFormValues>): Record<string, unknown> {
  const body: Record<string, unknown> = { ...values };
  if ('monthlyCapacityHours' in values)
    body.monthlyCapacityHours = values.monthlyCapacityHours === '' ? null : values.monthlyCapacityHours;
  // A row whose skill is not chosen yet is sent as it is, so the server names the row that needs one.
  if (values.skills) body.skills = values.skills.map((s) => ({ skillId: s.skillId ?? '', level: s.level }));
  return body;
}
