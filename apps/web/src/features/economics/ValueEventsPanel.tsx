import { ActionIcon, Button, Group, Select, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ValueEvent } from '@vested/contracts';
import { valueEventKinds } from '@vested/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFormat } from '../../ui/format';
import { useOptions } from '../../ui/options';
import { Pager } from '../../ui/Pager';
import { SortableTh } from '../../ui/SortableTh';
import { afterAccountWrite, LIST_PAGE_SIZE, valueEventsQuery } from './economicsQueries';
import { useMoney } from './money';
import { ValueEventModal } from './ValueEventModal';

type Props = { accountId: string; baseCurrency: string; canWrite: boolean; canSetEquivalent: boolean };

/** References, case studies, logo use…: the returns that are not money, with their scores. */
export function ValueEventsPanel({ accountId, baseCurrency, canWrite, canSetEquivalent }: Props) {
  const { t } = useTranslation();
  const f = useMoney();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<string | null>(null);
  const [sort, setSort] = useState('-date');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<ValueEvent | 'new' | null>(null);
  const [removing, setRemoving] = useState<ValueEvent | null>(null);
  const params = { kind, sort, page };
  const { data, error, isFetching } = useQuery(valueEventsQuery(accountId, params));
  const kinds = useOptions(valueEventKinds, 'economics.valueKind');

  const remove = useMutation({
    mutationFn: (e: ValueEvent) => api.delete(`/api/v1/accounts/${accountId}/value-events/${e.id}`),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('economics.value.removed') });
      setRemoving(null);
      await afterAccountWrite(queryClient, accountId);
    },
  });
  const reload = async (id: string) => {
    const fresh = await queryClient.fetchQuery({ ...valueEventsQuery(accountId, params), staleTime: 0 });
    return fresh.items.find((e) => e.id === id);
  };
  const columns = canWrite ? 6 : 5;

  return (
    <>
      <Group justify="space-between" mb="sm" wrap="wrap" gap="sm">
        <Select
          aria-label={t('economics.kind')}
          placeholder={t('economics.allKinds')}
          data={kinds}
          value={kind}
          onChange={(k) => {
            setKind(k);
            setPage(1);
          }}
          clearable
          w={220}
          size="sm"
        />
        {canWrite && (
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setEditing('new')}
            data-testid="add-value-event"
            size="sm"
          >
            {t('economics.value.add')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={error} />
      <Table.ScrollContainer minWidth={680}>
        <Table
          verticalSpacing="xs"
          data-testid="value-events-table"
          style={{ opacity: isFetching ? 0.7 : 1 }}
        >
          <Table.Thead>
            <Table.Tr>
              <SortableTh field="date" sort={sort} onSort={setSort}>
                {t('economics.date')}
              </SortableTh>
              <Table.Th>{t('economics.kind')}</Table.Th>
              <SortableTh field="score" sort={sort} onSort={setSort}>
                {t('economics.value.score')}
              </SortableTh>
              <Table.Th ta="right">{t('economics.value.equivalent')}</Table.Th>
              <Table.Th>{t('economics.note')}</Table.Th>
              {canWrite && <Table.Th w={80} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.items.map((e) => (
              <Table.Tr key={e.id} data-testid="value-event-row">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(e.date)}</Table.Td>
                <Table.Td>{t(`economics.valueKind.${e.kind}`)}</Table.Td>
                <Table.Td>{e.score}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {e.moneyEquivalent ? f.money(e.moneyEquivalent.amount, e.moneyEquivalent.currency) : '—'}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {e.note}
                  </Text>
                </Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('common.edit')}
                        onClick={() => setEditing(e)}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('common.remove')}
                        onClick={() => setRemoving(e)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
            {data?.items.length === 0 && (
              <EmptyRow columns={columns}>
                {kind ? t('economics.value.emptyFiltered') : t('economics.value.empty')}
              </EmptyRow>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {data && <Pager page={data.page} pageSize={LIST_PAGE_SIZE} total={data.total} onPage={setPage} />}
      {editing && (
        <ValueEventModal
          accountId={accountId}
          baseCurrency={baseCurrency}
          event={editing === 'new' ? null : editing}
          canSetEquivalent={canSetEquivalent}
          reload={() => reload(editing === 'new' ? '' : editing.id)}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmModal
        opened={!!removing}
        title={t('economics.value.removeTitle')}
        confirmLabel={t('common.remove')}
        color="red"
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => removing && remove.mutate(removing)}
        onClose={() => {
          setRemoving(null);
          remove.reset();
        }}
      >
        {removing &&
          t('economics.value.removeConfirm', {
            kind: t(`economics.valueKind.${removing.kind}`),
            date: format.date(removing.date),
          })}
      </ConfirmModal>
    </>
  );
}
