import { Badge, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import type { PortfolioAccountRelationships } from '@vested/contracts';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../ui/AnchorLink';
import { EmptyRow } from '../../ui/EmptyRow';
import { SortableTh } from '../../ui/SortableTh';
import { Sparkline } from '../stakeholders/Sparkline';
import { percent } from '../stakeholders/satisfaction';

export const CEMENT_COLOR = 'var(--mantine-color-teal-6)';
export const WEIGHTED_COLOR = 'var(--mantine-color-violet-6)';
const nowrap = { whiteSpace: 'nowrap' } as const;

type Props = {
  items: PortfolioAccountRelationships[];
  sort: string;
  onSort: (sort: string) => void;
  empty: string;
};

/** One row per account: its cement, weighted cement, NPS, CSAT, coverage gaps and a year of cement. */
export function RelationshipsTable({ items, sort, onSort, empty }: Props) {
  const { t } = useTranslation();
  const th = (field: string, label: string, align?: 'right') => (
    <SortableTh field={field} sort={sort} onSort={onSort}>
      <span style={{ textAlign: align }}>{label}</span>
    </SortableTh>
  );
  const dim = (text: string) => (
    <Text span size="xs" c="dimmed">
      {text}
    </Text>
  );

  return (
    <Table.ScrollContainer minWidth={940}>
      <Table highlightOnHover verticalSpacing="sm" data-testid="relationships-table">
        <Table.Thead>
          <Table.Tr>
            {th('name', t('relationships.account'))}
            {th('contacts', t('relationships.contacts'))}
            {th('cement', t('figures.cement'))}
            {th('weightedCement', t('figures.weighted'))}
            {th('nps', t('figures.nps'))}
            {th('csat', t('figures.csat'))}
            {th('gaps', t('relationships.gaps'))}
            <Table.Th>{t('relationships.trend')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((a) => (
            <Table.Tr key={a.accountId} data-testid="relationships-row">
              <Table.Td>
                <Stack gap={2}>
                  <AnchorLink
                    to="/accounts/$accountId"
                    params={{ accountId: a.accountId }}
                    search={{ tab: 'relationships' }}
                    fw={600}
                    data-testid="relationships-account"
                  >
                    {a.name}
                  </AnchorLink>
                  {/* The key badge rides on the second line, so a long name keeps the whole width. */}
                  <Group gap={6} wrap="nowrap">
                    {a.tier === 'key' && (
                      <Badge size="xs" color="orange" variant="light">
                        {t('relationships.key')}
                      </Badge>
                    )}
                    {a.managerName && dim(a.managerName)}
                  </Group>
                </Stack>
              </Table.Td>
              <Table.Td style={nowrap}>
                {a.contacts > 0 ? (
                  a.contacts
                ) : (
                  <Text span size="xs" c="dimmed" data-testid="relationships-not-mapped">
                    {t('relationships.notMapped')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={nowrap}>
                <Text span fw={600} c={a.cement.share === null ? 'dimmed' : undefined}>
                  {percent(a.cement.share)}
                </Text>{' '}
                {a.contacts > 0 &&
                  dim(
                    t('relationships.ofContacts', { satisfied: a.cement.satisfied, active: a.cement.active }),
                  )}
              </Table.Td>
              <Table.Td style={nowrap}>
                <Text span fw={600} c={a.cement.weightedShare === null ? 'dimmed' : undefined}>
                  {percent(a.cement.weightedShare)}
                </Text>
              </Table.Td>
              <Table.Td style={nowrap}>
                {a.nps.score === null ? '—' : a.nps.score}{' '}
                {a.nps.answers > 0 && dim(t('relationships.answers', { count: a.nps.answers }))}
              </Table.Td>
              <Table.Td style={nowrap}>
                {percent(a.csat.share)}{' '}
                {a.csat.answers > 0 && dim(t('relationships.answers', { count: a.csat.answers }))}
              </Table.Td>
              <Table.Td style={nowrap}>
                {a.gaps === null ? (
                  <Text span c="dimmed">
                    —
                  </Text>
                ) : (
                  <Badge
                    color={a.gaps > 0 ? 'orange' : 'teal'}
                    variant="light"
                    data-testid="relationships-gaps"
                  >
                    {a.gaps}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td w={150}>
                {a.trend.length > 0 && (
                  <Tooltip
                    label={t('relationships.trendTip', {
                      from: percent(a.trend[0]?.share),
                      to: percent(a.trend.at(-1)?.share),
                    })}
                  >
                    <div>
                      <Sparkline
                        width={140}
                        height={36}
                        series={[
                          {
                            values: a.trend.map((p) => p.share),
                            color: CEMENT_COLOR,
                            label: t('figures.cement'),
                          },
                          {
                            values: a.trend.map((p) => p.weightedShare),
                            color: WEIGHTED_COLOR,
                            label: t('figures.weighted'),
                          },
                        ]}
                      />
                    </div>
                  </Tooltip>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
          {items.length === 0 && (
            <EmptyRow columns={8} testId="relationships-empty">
              {empty}
            </EmptyRow>
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
