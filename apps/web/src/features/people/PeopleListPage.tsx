import { Badge, Button, Group, Paper, SegmentedControl, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback, useDisclosure } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../lib/me';
import { AnchorLink } from '../../ui/AnchorLink';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { Pager } from '../../ui/Pager';
import { SortableTh } from '../../ui/SortableTh';
import { CreatePersonModal } from './CreatePersonModal';
import { departmentsQuery, PAGE_SIZE, peopleQuery } from './peopleQueries';
import type { PeopleSearch } from './peopleSearch';

const route = getRouteApi('/app/people');

export function PeopleListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [createOpen, create] = useDisclosure();
  const [q, setQ] = useState(search.q ?? '');
  const { data, error, isFetching } = useQuery(peopleQuery(search));
  const departments = useQuery(departmentsQuery);

  const update = (patch: Partial<PeopleSearch>) =>
    navigate({ search: (prev) => ({ ...prev, page: undefined, ...patch }), replace: 'q' in patch });
  const pushQ = useDebouncedCallback((value: string) => update({ q: value.trim() || undefined }), 300);
  const sort = search.sort ?? 'name';
  const th = (field: string, label: string) => (
    <SortableTh field={field} sort={sort} onSort={(s) => update({ sort: s === 'name' ? undefined : s })}>
      {label}
    </SortableTh>
  );

  return (
    <>
      <PageHeader title={t('people.title')}>
        {me.can.managePeople && (
          <Button leftSection={<IconPlus size={16} />} onClick={create.open} data-testid="new-person">
            {t('people.new')}
          </Button>
        )}
      </PageHeader>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={t('common.search')}
          placeholder={t('people.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            pushQ(e.currentTarget.value);
          }}
          w={240}
        />
        <Select
          label={t('people.fields.department')}
          placeholder={t('common.all')}
          data={departments.data?.items ?? []}
          value={search.department ?? null}
          onChange={(v) => update({ department: v ?? undefined })}
          clearable
          searchable
          w={220}
        />
        <SegmentedControl
          aria-label={t('people.fields.active')}
          value={search.active ?? 'true'}
          onChange={(v) => update({ active: v === 'true' ? undefined : v === 'false' ? 'false' : 'all' })}
          data={(['true', 'false', 'all'] as const).map((value) => ({
            value,
            label: t(`people.activeOptions.${value}`),
          }))}
        />
      </Group>
      <ErrorAlert error={error} />
      {data && (
        <Paper withBorder radius="md" mt="md" style={{ opacity: isFetching ? 0.7 : 1 }}>
          <Table.ScrollContainer minWidth={760}>
            <Table highlightOnHover verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  {th('name', t('people.fields.name'))}
                  {th('title', t('people.fields.title'))}
                  {th('department', t('people.fields.department'))}
                  <Table.Th>{t('people.fields.lineManager')}</Table.Th>
                  <Table.Th>{t('people.fields.email')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((p) => (
                  <Table.Tr key={p.id} data-testid="person-row">
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <AnchorLink to="/people/$personId" params={{ personId: p.id }} fw={600}>
                          {p.name}
                        </AnchorLink>
                        {!p.active && (
                          <Badge size="xs" color="gray" variant="outline">
                            {t('common.inactive')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{p.title ?? t('common.none')}</Table.Td>
                    <Table.Td>{p.department ?? t('common.none')}</Table.Td>
                    <Table.Td>
                      {p.lineManagerPersonId && p.lineManagerName ? (
                        <AnchorLink
                          to="/people/$personId"
                          params={{ personId: p.lineManagerPersonId }}
                          size="sm"
                        >
                          {p.lineManagerName}
                        </AnchorLink>
                      ) : (
                        t('common.none')
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{p.email ?? t('common.none')}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
                {data.items.length === 0 && <EmptyRow columns={5}>{t('people.empty')}</EmptyRow>}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {data && (
        <Pager page={data.page} pageSize={PAGE_SIZE} total={data.total} onPage={(page) => update({ page })} />
      )}
      <CreatePersonModal opened={createOpen} onClose={create.close} />
    </>
  );
}
