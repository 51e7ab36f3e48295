import type { Account } from '@vested/contracts';
import type { AccountObjective, AccountStatus, SizeBand } from '@vested/domain';

/** What the account form edits, as the inputs hold it (empty string = not known). */
export type AccountFormValues = {
  name: string;
  industry: string;
  country: string;
  website: string;
  sizeBand: SizeBand | null;
  startedOn: string;
  status: AccountStatus;
  objective: AccountObjective | null;
  managerPersonId: string | null;
  tags: string[];
};

export const emptyAccountValues: AccountFormValues = {
  name: '',
  industry: '',
  country: '',
  website: '',
  sizeBand: null,
  startedOn: '',
  status: 'active',
  objective: null,
  managerPersonId: null,
  tags: [],
};

export function accountToValues(a: Account): AccountFormValues {
  return {
    name: a.name,
    industry: a.industry ?? '',
    country: a.country ?? '',
    website: a.website ?? '',
    sizeBand: a.sizeBand,
    startedOn: a.startedOn ?? '',
    status: a.status,
    objective: a.objective,
    managerPersonId: a.managerPersonId,
    tags: a.tags,
  };
}

/** Form values → request body fields (the contract turns blank text into null itself). */
export function valuesToBody(v: Partial<AccountFormValues>): Record<string, unknown> {
  const body: Record<string, unknown> = { ...v };
  if ('startedOn' in v) body.startedOn = v.startedOn ? v.startedOn : null;
  if ('objective' in v && v.objective === null) body.objective = undefined;
  return body;
}
