import { ActionIcon, Button, Group, Select, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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
import { afterAccountWrite, LIST_PAGE_SIZE, returnsQuery } from './economicsQueries';
import { useMoney } from './money';
import { type ReturnLine, ReturnModal } from './ReturnModal';

type Props = { accountId: string; baseCurrency: string; canWrite: boolean };

/** Monthly revenue and delivery cost lines, paged on the server; set, change, remove. */
export function ReturnsPanel({ accountId, baseCurrency, canWrite }: Props) {
  const { t } = useTranslation();
  const f = useMoney();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<string | null>(null);
  const [sort, setSort] = useState('-month');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<ReturnLine | 'new' | null>(null);
  const [removing, setRemoving] = useState<ReturnLine | null>(null);
  const { data, error, isFetching } = useQuery(returnsQuery(accountId, { kind, sort, page }));
  const kinds = useOptions(['revenue', 'delivery_cost'], 'economics.returnKind');

  const remove = useMutation({
    mutationFn: (line: ReturnLine) =>
      api.put(`/api/v1/accounts/${accountId}/returns`, {
        month: line.month,
        kind: line.kind,
        currency: line.amount.currency,
        amount: null,
      }),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('economics.returns.removed') });
      setRemoving(null);
      await afterAccountWrite(queryClient, accountId);
    },
  });
  const columns = canWrite ? 5 : 4;

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
            data-testid="add-return"
            size="sm"
          >
            {t('economics.returns.add')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={error} />
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="xs" data-testid="returns-table" style={{ opacity: isFetching ? 0.7 : 1 }}>
          <Table.Thead>
            <Table.Tr>
              <SortableTh field="month" sort={sort} onSort={setSort}>
                {t('economics.month')}
              </SortableTh>
              <Table.Th>{t('economics.kind')}</Table.Th>
              <Table.Th ta="right">{t('economics.amount')}</Table.Th>
              <Table.Th>{t('economics.updated')}</Table.Th>
              {canWrite && <Table.Th w={80} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.items.map((r) => (
              <Table.Tr key={`${r.month}-${r.kind}-${r.amount.currency}`} data-testid="return-row">
                <Table.Td>{f.month(r.month, 'long')}</Table.Td>
                <Table.Td>{t(`economics.returnKind.${r.kind}`)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {f.money(r.amount.amount, r.amount.currency)}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {format.dateTime(r.updatedAt)}
                  </Text>
                </Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('common.edit')}
                        onClick={() => setEditing(r)}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('common.remove')}
                        onClick={() => setRemoving(r)}
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
                {kind ? t('economics.returns.emptyFiltered') : t('economics.returns.empty')}
              </EmptyRow>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {data && <Pager page={data.page} pageSize={LIST_PAGE_SIZE} total={data.total} onPage={setPage} />}
      {editing && (
        <ReturnModal
          accountId={accountId}
          baseCurrency={baseCurrency}
          line={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmModal
        opened={!!removing}
        title={t('economics.returns.removeTitle')}
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
          t('economics.returns.removeConfirm', {
            kind: t(`economics.returnKind.${removing.kind}`),
            month: f.month(removing.month, 'long'),
            amount: f.money(removing.amount.amount, removing.amount.currency),
          })}
      </ConfirmModal>
    </>
  );
}
