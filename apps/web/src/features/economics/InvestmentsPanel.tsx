import { ActionIcon, Button, Group, Select, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Investment } from '@vested/contracts';
import { investmentKinds } from '@vested/domain';
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
import { useWorkspaceRoles } from '../accounts/team/teamQueries';
import { afterAccountWrite, investmentsQuery, LIST_PAGE_SIZE } from './economicsQueries';
import { InvestmentModal } from './InvestmentModal';
import { useMoney } from './money';

type Props = { accountId: string; baseCurrency: string; canWrite: boolean };

/** The account's investments, paged, sorted and filtered on the server; add, edit, remove. */
export function InvestmentsPanel({ accountId, baseCurrency, canWrite }: Props) {
  const { t } = useTranslation();
  const roleLabel = useWorkspaceRoles().label;
  const f = useMoney();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<string | null>(null);
  const [sort, setSort] = useState('-date');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Investment | 'new' | null>(null);
  const [removing, setRemoving] = useState<Investment | null>(null);
  const params = { kind, sort, page };
  const { data, error, isFetching } = useQuery(investmentsQuery(accountId, params));
  const kinds = useOptions(investmentKinds, 'economics.investmentKind');

  const remove = useMutation({
    mutationFn: (i: Investment) => api.delete(`/api/v1/accounts/${accountId}/investments/${i.id}`),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('economics.investments.removed') });
      setRemoving(null);
      await afterAccountWrite(queryClient, accountId);
    },
  });

  const reload = async (id: string) => {
    const fresh = await queryClient.fetchQuery({ ...investmentsQuery(accountId, params), staleTime: 0 });
    return fresh.items.find((i) => i.id === id);
  };
  const columns = canWrite ? 7 : 6;

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
            data-testid="add-investment"
            size="sm"
          >
            {t('economics.investments.add')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={error} />
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="xs" data-testid="investments-table" style={{ opacity: isFetching ? 0.7 : 1 }}>
          <Table.Thead>
            <Table.Tr>
              <SortableTh field="date" sort={sort} onSort={setSort}>
                {t('economics.date')}
              </SortableTh>
              <SortableTh field="kind" sort={sort} onSort={setSort}>
                {t('economics.kind')}
              </SortableTh>
              <Table.Th>{t('economics.person')}</Table.Th>
              <Table.Th ta="right">{t('economics.hours')}</Table.Th>
              <Table.Th ta="right">{t('economics.amount')}</Table.Th>
              <Table.Th>{t('economics.note')}</Table.Th>
              {canWrite && <Table.Th w={80} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.items.map((i) => (
              <Table.Tr key={i.id} data-testid="investment-row">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(i.date)}</Table.Td>
                <Table.Td>{t(`economics.investmentKind.${i.kind}`)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{i.personName ?? t('common.none')}</Text>
                  {i.role && (
                    <Text size="xs" c="dimmed">
                      {roleLabel(i.role)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{i.hours === null ? '' : f.number(Number(i.hours), 6)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {i.amount ? (
                    f.money(i.amount.amount, i.amount.currency)
                  ) : (
                    <Tooltip label={t('economics.investments.laborValued')} multiline w={260}>
                      <Text span size="sm" c="dimmed">
                        {t('economics.investments.atCostRate')}
                      </Text>
                    </Tooltip>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {i.note}
                  </Text>
                </Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('common.edit')}
                        onClick={() => setEditing(i)}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('common.remove')}
                        onClick={() => setRemoving(i)}
                        data-testid="remove-investment"
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
                {kind ? t('economics.investments.emptyFiltered') : t('economics.investments.empty')}
              </EmptyRow>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {data && <Pager page={data.page} pageSize={LIST_PAGE_SIZE} total={data.total} onPage={setPage} />}
      {editing && (
        <InvestmentModal
          accountId={accountId}
          baseCurrency={baseCurrency}
          investment={editing === 'new' ? null : editing}
          reload={() => reload(editing === 'new' ? '' : editing.id)}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmModal
        opened={!!removing}
        title={t('economics.investments.removeTitle')}
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
          t('economics.investments.removeConfirm', {
            kind: t(`economics.investmentKind.${removing.kind}`),
            date: format.date(removing.date),
          })}
      </ConfirmModal>
    </>
  );
}
