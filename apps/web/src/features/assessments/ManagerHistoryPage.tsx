import { Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconChevronLeft, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { canOnWorkspace, managerCriteria } from '@vested/domain';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api';
import { useMe } from '../../lib/me';
import { AnchorLink } from '../../ui/AnchorLink';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { NotFound } from '../../ui/NotFound';
import { defaultPeriod, managerHistoryQuery, resultsQuery } from './assessmentQueries';
import { ButtonLink } from './ButtonLink';
import { useFigures } from './figures';
import { ResultsPanel } from './ResultsPanel';
import { TrendBadge } from './TrendBadge';

const route = getRouteApi('/app/managers/$personId');

/** An account manager's assessments over time, each beside the results of its period. */
export function ManagerHistoryPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { pct, multiple, average } = useFigures();
  const me = useMe();
  const { personId } = route.useParams();
  const { data, error } = useQuery(managerHistoryQuery(personId));
  const period = defaultPeriod();
  const recent = useQuery({ ...resultsQuery(personId, period.from, period.to), enabled: !!data });
  const director = canOnWorkspace({ userId: me.id, role: me.role, personId: me.personId }, 'assessManager');

  if (isApiError(error, 404) || isApiError(error, 400)) return <NotFound />;
  if (error) return <ErrorAlert error={error} />;
  if (!data) return <Loading />;
  const items = [...data.items].sort((a, b) => (a.periodTo < b.periodTo ? 1 : -1));

  return (
    <>
      <Stack gap={6} mb="lg">
        {director ? (
          <AnchorLink to="/managers" size="sm" c="dimmed">
            <Group gap={4} component="span">
              <IconChevronLeft size={14} />
              {t('assessments.comparison.nav')}
            </Group>
          </AnchorLink>
        ) : (
          <AnchorLink to="/people/$personId" params={{ personId }} size="sm" c="dimmed">
            <Group gap={4} component="span">
              <IconChevronLeft size={14} />
              {data.person.name}
            </Group>
          </AnchorLink>
        )}
        <Group justify="space-between">
          <Title order={2} data-testid="manager-history-title">
            {t('assessments.historyOf', { name: data.person.name })}
          </Title>
          {director && (
            <ButtonLink
              to="/managers/$personId/assess"
              params={{ personId }}
              leftSection={<IconPlus size={16} />}
              data-testid="new-assessment"
            >
              {t('assessments.new')}
            </ButtonLink>
          )}
        </Group>
        <AnchorLink to="/people/$personId" params={{ personId }} size="sm">
          {t('assessments.personPage')}
        </AnchorLink>
      </Stack>
      <Paper withBorder radius="md" p="lg" mb="lg">
        <Title order={4} mb="sm">
          {t('assessments.history')}
        </Title>
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="xs" highlightOnHover data-testid="assessment-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('assessments.period')}</Table.Th>
                <Table.Th ta="right">{t('assessments.averageShort')}</Table.Th>
                {managerCriteria.map((c) => (
                  <Table.Th key={c} ta="center">
                    <Tooltip label={t(`assessments.criteria.${c}`)}>
                      <span>{t(`assessments.criteriaShort.${c}`)}</span>
                    </Tooltip>
                  </Table.Th>
                ))}
                <Table.Th ta="right">{t('assessments.results.objectivesShort')}</Table.Th>
                <Table.Th>{t('assessments.results.roiShort')}</Table.Th>
                <Table.Th>{t('assessments.results.cementShort')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((a) => (
                <Table.Tr key={a.id} data-testid="assessment-history-row">
                  <Table.Td>
                    <AnchorLink
                      to="/assessments/$assessmentId"
                      params={{ assessmentId: a.id }}
                      size="sm"
                      fw={600}
                    >
                      {format.date(a.periodFrom)} – {format.date(a.periodTo)}
                    </AnchorLink>
                    <Text size="xs" c="dimmed">
                      {a.assessedByName ?? ''}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Badge variant="light">{average(a.average)}</Badge>
                  </Table.Td>
                  {managerCriteria.map((c) => (
                    <Table.Td key={c} ta="center">
                      {a.scores[c].level}
                    </Table.Td>
                  ))}
                  <Table.Td ta="right">{pct(a.results.objectives.metShare)}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Text size="sm">{multiple(a.results.roi.multiple)}</Text>
                      <TrendBadge trend={a.results.roi.trend} />
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Text size="sm">{pct(a.results.cement.end)}</Text>
                      <TrendBadge trend={a.results.cement.trend} />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
              {items.length === 0 && (
                <EmptyRow columns={managerCriteria.length + 5}>
                  {director ? t('assessments.noneYetDirector') : t('assessments.noneYet')}
                </EmptyRow>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <SimpleGrid cols={1}>
        {recent.data && <ResultsPanel results={recent.data} title={t('assessments.results.recentTitle')} />}
        <ErrorAlert error={recent.error} />
      </SimpleGrid>
    </>
  );
}
