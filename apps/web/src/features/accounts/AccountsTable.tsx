import { Badge, Group, Table, Text } from '@mantine/core';
import type { AccountListItem } from '@vested/contracts';
import { useTranslation } from 'react-i18next';
import { ObjectiveBadge, PhaseBadge, StatusBadge, TierBadge } from '../../ui/AccountBadges';
import { AnchorLink } from '../../ui/AnchorLink';
import { EmptyRow } from '../../ui/EmptyRow';
import { useFormat } from '../../ui/format';
import { SortableTh } from '../../ui/SortableTh';

const nowrap = { whiteSpace: 'nowrap' } as const;

type Props = { items: AccountListItem[]; sort: string; onSort: (sort: string) => void; filtered: boolean };

export function AccountsTable({ items, sort, onSort, filtered }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const th = (field: string, label: string) => (
    <SortableTh field={field} sort={sort} onSort={onSort}>
      {label}
    </SortableTh>
  );

  return (
    <Table.ScrollContainer minWidth={980}>
      <Table highlightOnHover verticalSpacing="sm" data-testid="accounts-table">
        <Table.Thead>
          <Table.Tr>
            {th('name', t('accounts.fields.name'))}
            {th('objective', t('accounts.fields.objective'))}
            {th('tier', t('accounts.fields.tier'))}
            <Table.Th>{t('accounts.fields.phase')}</Table.Th>
            {th('status', t('accounts.fields.status'))}
            <Table.Th>{t('accounts.fields.manager')}</Table.Th>
            {th('industry', t('accounts.fields.industry'))}
            {th('updatedAt', t('accounts.fields.updatedAt'))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((a) => (
            <Table.Tr key={a.id} data-testid="account-row">
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <AnchorLink to="/accounts/$accountId" params={{ accountId: a.id }} fw={600}>
                    {a.name}
                  </AnchorLink>
                  {a.archivedAt && (
                    <Badge size="xs" color="gray" variant="outline">
                      {t('accounts.archived')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td style={nowrap}>
                <ObjectiveBadge value={a.objective} />
              </Table.Td>
              <Table.Td style={nowrap}>
                <TierBadge value={a.tier} />
              </Table.Td>
              <Table.Td style={nowrap}>
                <PhaseBadge value={a.phase} compact />
              </Table.Td>
              <Table.Td style={nowrap}>
                <StatusBadge value={a.status} />
              </Table.Td>
              <Table.Td>
                {a.managerPersonId && a.managerName ? (
                  <AnchorLink to="/people/$personId" params={{ personId: a.managerPersonId }} size="sm">
                    {a.managerName}
                  </AnchorLink>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('common.none')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {/* The country rides with the industry to keep the row within a laptop screen. */}
                <Text size="sm">
                  {a.industry ?? t('common.none')}
                  {a.country && (
                    <Text span size="sm" c="dimmed">
                      {' · '}
                      {a.country}
                    </Text>
                  )}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed" style={nowrap}>
                  {format.date(a.updatedAt)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
          {items.length === 0 && (
            <EmptyRow columns={8} testId="accounts-empty">
              {filtered ? t('accounts.empty') : t('accounts.emptyAll')}
            </EmptyRow>
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
