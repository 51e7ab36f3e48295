import { type QueryClient, queryOptions } from '@tanstack/react-query';
import {
  AuditPage,
  ConflictList,
  ContactDetail,
  ContactPage,
  OrgChart,
  PulseList,
  ReadingList,
  StakeholderFigures,
  StakeholderGrid,
} from '@vested/contracts';
import type { ContactLevel, DecisionRole } from '@vested/domain';
import { api } from '../../lib/api';

export const CONTACTS_PAGE_SIZE = 25;

/** The filters, sort and page of the contacts table (as `ListContactsQuery` of the contracts reads them). */
export type ContactsFilter = {
  q?: string;
  status: 'active' | 'left' | 'all';
  decisionRole?: DecisionRole;
  level?: ContactLevel;
  sort: string;
  page: number;
  pageSize: number;
};
const account = (id: string) => `/api/v1/accounts/${encodeURIComponent(id)}`;
const contact = (id: string) => `/api/v1/contacts/${encodeURIComponent(id)}`;

/** Every query of the map of one account starts with this key, so one invalidation refreshes them all. */
export const mapKey = (accountId: string) => ['stakeholders', accountId] as const;

export function contactsQuery(accountId: string, query: ContactsFilter) {
  return queryOptions({
    queryKey: [...mapKey(accountId), 'contacts', query],
    queryFn: () => api.get(`${account(accountId)}/contacts`, { query, schema: ContactPage }),
    placeholderData: (previous) => previous,
  });
}

export function orgChartQuery(accountId: string) {
  return queryOptions({
    queryKey: [...mapKey(accountId), 'org-chart'],
    queryFn: () => api.get(`${account(accountId)}/org-chart`, { schema: OrgChart }),
  });
}

export function gridQuery(accountId: string) {
  return queryOptions({
    queryKey: [...mapKey(accountId), 'grid'],
    queryFn: () => api.get(`${account(accountId)}/stakeholder-grid`, { schema: StakeholderGrid }),
  });
}

export function figuresQuery(accountId: string) {
  return queryOptions({
    queryKey: [...mapKey(accountId), 'figures'],
    queryFn: () => api.get(`${account(accountId)}/stakeholder-figures`, { schema: StakeholderFigures }),
  });
}

export function conflictsQuery(accountId: string) {
  return queryOptions({
    queryKey: [...mapKey(accountId), 'conflicts'],
    queryFn: () => api.get(`${account(accountId)}/conflicts`, { schema: ConflictList }),
  });
}

export function pulsesQuery(accountId: string) {
  return queryOptions({
    queryKey: [...mapKey(accountId), 'pulses'],
    queryFn: () => api.get(`${account(accountId)}/pulses`, { schema: PulseList }),
  });
}

export function contactQuery(contactId: string) {
  return queryOptions({
    queryKey: ['contacts', contactId],
    queryFn: () => api.get(contact(contactId), { schema: ContactDetail }),
  });
}

export function readingsQuery(contactId: string) {
  return queryOptions({
    queryKey: ['contacts', contactId, 'readings'],
    queryFn: () => api.get(`${contact(contactId)}/readings`, { schema: ReadingList }),
  });
}

/** The audit trail of one contact, newest first, a page at a time. */
export function contactHistoryQuery(contactId: string, page: number) {
  return queryOptions({
    queryKey: ['contacts', contactId, 'history', page],
    queryFn: () =>
      api.get(`${contact(contactId)}/history`, { query: { page, pageSize: 25 }, schema: AuditPage }),
    placeholderData: (previous) => previous,
  });
}

/** After any change to a contact: the contact, its readings and the whole map of its account. */
export async function refreshContact(queryClient: QueryClient, accountId: string, contactId?: string) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: mapKey(accountId) }),
    contactId ? queryClient.invalidateQueries({ queryKey: ['contacts', contactId] }) : Promise.resolve(),
  ]);
}
