import { Badge, Group, type MantineColor, Table, Text, Tooltip } from '@mantine/core';
import { IconAward } from '@tabler/icons-react';
import type { PortfolioItem } from '@vested/contracts';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../ui/AnchorLink';
import { EmptyRow } from '../../ui/EmptyRow';
import { SortableTh } from '../../ui/SortableTh';
import { useMoney } from '../economics/money';
import { ObjectiveStatusText } from '../economics/ObjectiveStatusBadge';
import { useReasonText } from '../economics/reasons';
import { SortableNumberTh } from '../economics/SortableNumberTh';

const nowrap = { whiteSpace: 'nowrap' } as const;
const objectiveColor: Record<PortfolioItem['objective'], MantineColor> = {
  growth: 'green',
  preservation: 'blue',
  image: 'grape',
};

/** Tiers and objectives in short words: ten columns must fit a laptop screen in Russian too. */
function Tier({ value }: { value: PortfolioItem['decidedTier'] }) {
  const { t } = useTranslation();
  return (
    <Badge
      size="sm"
      color={value === 'key' ? 'orange' : 'gray'}
      variant={value === 'key' ? 'filled' : 'outline'}
      style={{ minWidth: 'max-content' }}
    >
      {t(`portfolio.tierShort.${value}`)}
    </Badge>
  );
}

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
    <Table.ScrollContainer minWidth={960}>
      <Table
        highlightOnHover
        verticalSpacing="xs"
        horizontalSpacing={8}
        fz="sm"
        data-testid="portfolio-table"
      >
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
                <Text size="sm" lh={1.3}>
                  {i.managerName ?? t('common.none')}
                </Text>
              </Table.Td>
              <Table.Td style={nowrap}>
                <Tooltip label={t(`objectiveHint.${i.objective}`)} openDelay={300}>
                  <Badge
                    size="sm"
                    variant="light"
                    color={objectiveColor[i.objective]}
                    style={{ minWidth: 'max-content' }}
                  >
                    {t(`portfolio.objectiveShort.${i.objective}`)}
                  </Badge>
                </Tooltip>
              </Table.Td>
              <Table.Td style={nowrap}>
                <Tooltip
                  label={i.reasons.map((r) => reasons.reason(r, i.objective)).join(' · ')}
                  multiline
                  w={320}
                  disabled={i.reasons.length === 0}
                >
                  <span>
                    <ObjectiveStatusText value={i.status} />
                  </span>
                </Tooltip>
              </Table.Td>
              <Table.Td ta="right" style={nowrap}>
                {i.invested === null ? '—' : f.money(i.invested, currency)}
              </Table.Td>
              <Table.Td ta="right" style={nowrap}>
                {i.returned === null ? '—' : f.money(i.returned, currency)}
              </Table.Td>
              <Table.Td ta="right" style={nowrap} c={i.roiMultiple === null ? 'dimmed' : undefined}>
                {f.roi(i.roiMultiple)}
              </Table.Td>
              <Table.Td style={nowrap}>
                <Tier value={i.suggestedTier} />
              </Table.Td>
              <Table.Td style={nowrap}>
                <Tier value={i.decidedTier} />
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
