import { Badge, Button, Group, Paper, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../lib/me';
import { AnchorLink } from '../../ui/AnchorLink';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { Pager } from '../../ui/Pager';
import { SortableTh } from '../../ui/SortableTh';
import { CreatePersonModal } from './CreatePersonModal';
import { hours } from './months';
import { PeopleFilters } from './PeopleFilters';
import { PAGE_SIZE, peopleQuery } from './peopleQueries';
import type { PeopleSearch } from './peopleSearch';

const route = getRouteApi('/app/people');

type Row = {
  id: string;
  name: string;
  active: boolean;
  title: string | null;
  department: string | null;
  lineManager: { id: string; name: string } | null;
  capacity: number | null;
  /** This month's load, when the list is the over-allocated one. */
  load?: { allocated: number; overBy: number };
};

export function PeopleListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [createOpen, create] = useDisclosure();
  const over = search.over === 'true';
  const list = useQuery(peopleQuery(search));
  const { error, isFetching } = list;

  const rows: Row[] | undefined = list.data?.items.map((p) => ({
    id: p.id,
    name: p.name,
    active: p.active,
    title: p.title,
    department: p.department,
    lineManager:
      p.lineManagerPersonId && p.lineManagerName
        ? { id: p.lineManagerPersonId, name: p.lineManagerName }
        : null,
    capacity: p.monthlyCapacityHours,
    load: p.load && { allocated: p.load.allocatedHours, overBy: p.load.overByHours },
  }));
  const page = list.data;

  const update = (patch: Partial<PeopleSearch>) =>
    navigate({ search: (prev) => ({ ...prev, page: undefined, ...patch }), replace: 'q' in patch });
  const sort = search.sort ?? 'name';
  const th = (field: string, label: string) => (
    <SortableTh field={field} sort={sort} onSort={(s) => update({ sort: s === 'name' ? undefined : s })}>
      {label}
    </SortableTh>
  );
  const columns = over ? 6 : 5;

  return (
    <>
      <PageHeader title={t('people.title')}>
        {me.can.managePeople && (
          <Button leftSection={<IconPlus size={16} />} onClick={create.open} data-testid="new-person">
            {t('people.new')}
          </Button>
        )}
      </PageHeader>
      <PeopleFilters search={search} update={update} />
      <ErrorAlert error={error} />
      {rows && (
        <Paper withBorder radius="md" mt="md" style={{ opacity: isFetching ? 0.7 : 1 }}>
          <Table.ScrollContainer minWidth={760}>
            <Table highlightOnHover verticalSpacing="sm" data-testid="people-table">
              <Table.Thead>
                <Table.Tr>
                  {th('name', t('people.fields.name'))}
                  {th('title', t('people.fields.title'))}
                  {th('department', t('people.fields.department'))}
                  <Table.Th>{t('people.fields.lineManager')}</Table.Th>
                  <Table.Th ta="right">{t('people.fields.capacityShort')}</Table.Th>
                  {over && <Table.Th ta="right">{t('people.thisMonth')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((p) => (
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
                      {p.lineManager ? (
                        <AnchorLink to="/people/$personId" params={{ personId: p.lineManager.id }} size="sm">
                          {p.lineManager.name}
                        </AnchorLink>
                      ) : (
                        t('common.none')
                      )}
                    </Table.Td>
                    <Table.Td ta="right">
                      {p.capacity === null ? t('common.none') : `${p.capacity} ${t('people.hoursUnit')}`}
                    </Table.Td>
                    {p.load && (
                      <Table.Td ta="right">
                        <Text size="sm" c="red" fw={600} span>
                          {hours(p.load.allocated)} {t('people.hoursUnit')}
                        </Text>{' '}
                        <Text size="xs" c="red" span>
                          ({t('people.overBy', { hours: hours(p.load.overBy) })})
                        </Text>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
                {rows.length === 0 && (
                  <EmptyRow columns={columns}>{over ? t('people.noneOver') : t('people.empty')}</EmptyRow>
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {page && (
        <Pager page={page.page} pageSize={PAGE_SIZE} total={page.total} onPage={(p) => update({ page: p })} />
      )}
      <CreatePersonModal opened={createOpen} onClose={create.close} />
    </>
  );
}
