import type { Person } from '@vested/contracts';

export type PersonFormValues = {
  name: string;
  email: string;
  department: string;
  title: string;
  lineManagerPersonId: string | null;
  active: boolean;
};

export const emptyPersonValues: PersonFormValues = {
  name: '',
  email: '',
  department: '',
  title: '',
  lineManagerPersonId: null,
  active: true,
};

export function personToValues(p: Person): PersonFormValues {
  return {
    name: p.name,
    email: p.email ?? '',
    department: p.department ?? '',
    title: p.title ?? '',
    lineManagerPersonId: p.lineManagerPersonId,
    active: p.active,
  };
}
