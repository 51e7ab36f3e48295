import { Group, Table, Text, Tooltip } from '@mantine/core';
import { IconAward } from '@tabler/icons-react';
import type { PortfolioItem } from '@vested/contracts';
import { useTranslation } from 'react-i18next';
import { ObjectiveBadge, TierBadge } from '../../ui/AccountBadges';
import { AnchorLink } from '../../ui/AnchorLink';
import { EmptyRow } from '../../ui/EmptyRow';
import { SortableTh } from '../../ui/SortableTh';
import { useMoney } from '../economics/money';
import { ObjectiveStatusBadge } from '../economics/ObjectiveStatusBadge';
import { useReasonText } from '../economics/reasons';
import { SortableNumberTh } from '../economics/SortableNumberTh';

const nowrap = { whiteSpace: 'nowrap' } as const;

type Props = {
  items: PortfolioItem[];
  currency: string;
  sort: string;
  onSort: (sort: string) => void;
  filtered: boolean;
};

/** The ranked portfolio, one account a row; sorted and paged by the server. */
export function PortfolioTable({ items, currency, sort, onSort, filtered }: Props) {
  const { t } = useTranslation();
  const f = useMoney();
  const reasons = useReasonText();
  const th = (field: string, label: string, right = false) =>
    right ? (
      <SortableNumberTh field={field} sort={sort} onSort={onSort}>
        {label}
      </SortableNumberTh>
    ) : (
      <SortableTh field={field} sort={sort} onSort={onSort}>
        {label}
      </SortableTh>
    );

  return (
    <Table.ScrollContainer minWidth={1040}>
      <Table highlightOnHover verticalSpacing="xs" fz="sm" data-testid="portfolio-table">
        <Table.Thead>
          <Table.Tr>
            {th('rank', t('portfolio.rank'))}
            {th('name', t('portfolio.account'))}
            <Table.Th>{t('portfolio.manager')}</Table.Th>
            <Table.Th>{t('portfolio.objective')}</Table.Th>
            <Table.Th>{t('portfolio.status')}</Table.Th>
            {th('invested', t('portfolio.invested'), true)}
            {th('returned', t('portfolio.returned'), true)}
            {th('roiMultiple', t('economics.roiShort'), true)}
            <Table.Th>{t('portfolio.suggested')}</Table.Th>
            <Table.Th>{t('portfolio.decided')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => (
            <Table.Tr key={i.accountId} data-testid="portfolio-row">
              <Table.Td style={nowrap}>
                {i.rank === null ? (
                  '—'
                ) : (
                  <Tooltip
                    label={t(i.rankGroup === 'image' ? 'portfolio.rankImage' : 'portfolio.rankFinancial')}
                    multiline
                    w={260}
                  >
                    <Group gap={4} wrap="nowrap">
                      <Text size="sm" fw={600}>
                        {i.rank}
                      </Text>
                      {i.rankGroup === 'image' && (
                        <IconAward size={14} color="var(--mantine-color-grape-6)" />
                      )}
                    </Group>
                  </Tooltip>
                )}
              </Table.Td>
              <Table.Td>
                <AnchorLink
                  to="/accounts/$accountId"
                  params={{ accountId: i.accountId }}
                  search={{ tab: 'economics' }}
                  fw={600}
                  size="sm"
                  data-testid="portfolio-account"
                >
                  {i.name}
                </AnchorLink>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{i.managerName ?? t('common.none')}</Text>
              </Table.Td>
              <Table.Td style={nowrap}>
                <ObjectiveBadge value={i.objective} />
              </Table.Td>
              <Table.Td style={nowrap}>
                <Tooltip
                  label={i.reasons.map((r) => reasons.reason(r, i.objective)).join(' · ')}
                  multiline
                  w={320}
                  disabled={i.reasons.length === 0}
                >
                  <span>
                    <ObjectiveStatusBadge value={i.status} size="sm" />
                  </span>
                </Tooltip>
              </Table.Td>
              <Table.Td ta="right" style={nowrap}>
                {f.money(i.invested, currency)}
              </Table.Td>
              <Table.Td ta="right" style={nowrap}>
                {f.money(i.returned, currency)}
              </Table.Td>
              <Table.Td ta="right" style={nowrap} c={i.roiMultiple === null ? 'dimmed' : undefined}>
                {f.roi(i.roiMultiple)}
              </Table.Td>
              <Table.Td style={nowrap}>
                <TierBadge value={i.suggestedTier} />
              </Table.Td>
              <Table.Td style={nowrap}>
                <TierBadge value={i.decidedTier} />
              </Table.Td>
            </Table.Tr>
          ))}
          {items.length === 0 && (
            <EmptyRow columns={10} testId="portfolio-empty">
              {filtered ? t('portfolio.emptyFiltered') : t('portfolio.empty')}
            </EmptyRow>
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
