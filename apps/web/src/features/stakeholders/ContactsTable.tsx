import {
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { AccountDetail } from '@vested/contracts';
import { type ContactLevel, contactLevels, type DecisionRole, decisionRoles } from '@vested/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../ui/AnchorLink';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFormat } from '../../ui/format';
import { useOptions } from '../../ui/options';
import { Pager } from '../../ui/Pager';
import { SortableTh } from '../../ui/SortableTh';
import { DecisionRoleIcon } from './DecisionRoleIcon';
import { InfluenceDots } from './InfluenceDots';
import { NewContactModal } from './NewContactModal';
import { moodColor, moodOf } from './satisfaction';
import { CONTACTS_PAGE_SIZE, type ContactsFilter, contactsQuery } from './stakeholderQueries';

type Status = 'active' | 'left' | 'all';

/** The account's contacts: filtered, searched, sorted and paged on the server. */
export function ContactsTable({ account }: { account: AccountDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [newOpen, newContact] = useDisclosure(false);
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);
  const [status, setStatus] = useState<Status>('active');
  const [decisionRole, setDecisionRole] = useState<DecisionRole>();
  const [level, setLevel] = useState<ContactLevel>();
  const [sort, setSort] = useState('name');
  const [page, setPage] = useState(1);
  const roles = useOptions(decisionRoles, 'decisionRole');
  const levels = useOptions(contactLevels, 'level');
  const query: ContactsFilter = {
    q: debouncedQ || undefined,
    status,
    decisionRole,
    level,
    sort,
    page,
    pageSize: CONTACTS_PAGE_SIZE,
  };
  const { data, error, isFetching } = useQuery(contactsQuery(account.id, query));
  const reset =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };

  return (
    <Paper withBorder p="lg" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('contacts.title')}</Title>
        {account.permissions.update && (
          <Button
            leftSection={<IconPlus size={16} />}
            variant="light"
            onClick={newContact.open}
            data-testid="new-contact"
          >
            {t('contacts.new')}
          </Button>
        )}
      </Group>
      <Group gap="sm" align="flex-end" mb="sm" wrap="wrap">
        <TextInput
          label={t('common.search')}
          placeholder={t('contacts.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setPage(1);
          }}
          w={220}
          data-testid="contacts-search"
        />
        <Select
          label={t('contacts.fields.decisionRole')}
          placeholder={t('common.all')}
          data={roles}
          clearable
          value={decisionRole ?? null}
          onChange={reset((v: string | null) => setDecisionRole(decisionRoles.find((x) => x === v)))}
          w={200}
          data-testid="contacts-role-filter"
        />
        <Select
          label={t('contacts.fields.level')}
          placeholder={t('common.all')}
          data={levels}
          clearable
          value={level ?? null}
          onChange={reset((v: string | null) => setLevel(contactLevels.find((x) => x === v)))}
          w={170}
          data-testid="contacts-level-filter"
        />
        <SegmentedControl
          aria-label={t('contacts.fields.status')}
          value={status}
          onChange={reset((v: string) => setStatus(v === 'left' ? 'left' : v === 'all' ? 'all' : 'active'))}
          data={(['active', 'left', 'all'] as const).map((value) => ({
            value,
            label: t(`contactStatus.${value}`),
          }))}
          data-testid="contacts-status-filter"
        />
      </Group>
      <ErrorAlert error={error} />
      <Table.ScrollContainer minWidth={860}>
        <Table
          verticalSpacing="xs"
          highlightOnHover
          style={{ opacity: isFetching ? 0.7 : 1 }}
          data-testid="contacts-table"
        >
          <Table.Thead>
            <Table.Tr>
              <SortableTh field="name" sort={sort} onSort={reset(setSort)}>
                {t('contacts.fields.name')}
              </SortableTh>
              <SortableTh field="title" sort={sort} onSort={reset(setSort)}>
                {t('contacts.fields.title')}
              </SortableTh>
              <SortableTh field="businessUnit" sort={sort} onSort={reset(setSort)}>
                {t('contacts.fields.businessUnit')}
              </SortableTh>
              <SortableTh field="level" sort={sort} onSort={reset(setSort)}>
                {t('contacts.fields.level')}
              </SortableTh>
              <Table.Th>{t('contacts.fields.decisionRole')}</Table.Th>
              <SortableTh field="influence" sort={sort} onSort={reset(setSort)}>
                {t('contacts.fields.influence')}
              </SortableTh>
              <SortableTh field="interest" sort={sort} onSort={reset(setSort)}>
                {t('contacts.fields.interest')}
              </SortableTh>
              <Table.Th>{t('contacts.fields.attitude')}</Table.Th>
              <Table.Th>{t('contacts.latest')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.items.map((c) => (
              <Table.Tr
                key={c.id}
                data-testid="contact-row"
                style={{ opacity: c.status === 'left' ? 0.6 : 1 }}
              >
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <AnchorLink
                      to="/accounts/$accountId/contacts/$contactId"
                      params={{ accountId: account.id, contactId: c.id }}
                      fw={600}
                    >
                      {c.name}
                    </AnchorLink>
                    {c.status === 'left' && (
                      <Badge size="xs" color="gray">
                        {t('contacts.left')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{c.title ?? t('common.none')}</Table.Td>
                <Table.Td>{c.businessUnit ?? t('common.none')}</Table.Td>
                <Table.Td>{c.level ? t(`level.${c.level}`) : t('common.none')}</Table.Td>
                <Table.Td>
                  {c.decisionRole ? (
                    <Group gap={6} wrap="nowrap">
                      <DecisionRoleIcon role={c.decisionRole} size={20} />
                      <Text size="sm">{t(`decisionRole.${c.decisionRole}`)}</Text>
                    </Group>
                  ) : (
                    t('common.none')
                  )}
                </Table.Td>
                <Table.Td>
                  <InfluenceDots value={c.influence} />
                </Table.Td>
                <Table.Td>
                  <InfluenceDots value={c.interest} />
                </Table.Td>
                <Table.Td>{t(`attitude.${c.attitude}`)}</Table.Td>
                <Table.Td>
                  {c.latestReading ? (
                    <Group gap={6} wrap="nowrap">
                      <Badge circle color={moodColor[moodOf(c.latestReading.score)]}>
                        {c.latestReading.score}
                      </Badge>
                      <Text size="xs" c="dimmed">
                        {format.date(c.latestReading.takenOn)}
                      </Text>
                    </Group>
                  ) : (
                    <Text size="xs" c="dimmed">
                      {t('contacts.noReading')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
            {data && data.items.length === 0 && (
              <EmptyRow columns={9} testId="contacts-empty">
                {t('contacts.empty')}
              </EmptyRow>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {data && <Pager page={data.page} pageSize={CONTACTS_PAGE_SIZE} total={data.total} onPage={setPage} />}
      <NewContactModal accountId={account.id} opened={newOpen} onClose={newContact.close} />
    </Paper>
  );
}
