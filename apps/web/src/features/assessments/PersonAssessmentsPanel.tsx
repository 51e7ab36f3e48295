import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../ui/AnchorLink';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFormat } from '../../ui/format';
import { managerHistoryQuery } from './assessmentQueries';
import { ButtonLink } from './ButtonLink';
import { useFigures } from './figures';

type Props = { personId: string; managesAccounts: boolean; canAssess: boolean };

/**
 * On a person's page, for a director or the person themselves: their assessments as an account manager,
 * latest first, each with its average — shown when they manage (or managed) an account or were assessed.
 */
export function PersonAssessmentsPanel({ personId, managesAccounts, canAssess }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const figures = useFigures();
  const { data, error } = useQuery(managerHistoryQuery(personId));
  if (error) return <ErrorAlert error={error} />;
  if (!data || (!managesAccounts && data.items.length === 0)) return null;
  const items = [...data.items].sort((a, b) => (a.periodTo < b.periodTo ? 1 : -1)).slice(0, 5);
  return (
    <Paper withBorder p="lg" radius="md" data-testid="person-assessments">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('assessments.panelTitle')}</Title>
        <Group gap="xs">
          <ButtonLink to="/managers/$personId" params={{ personId }} variant="subtle" size="xs">
            {t('assessments.historyAndResults')}
          </ButtonLink>
          {canAssess && (
            <ButtonLink
              to="/managers/$personId/assess"
              params={{ personId }}
              variant="light"
              size="xs"
              leftSection={<IconPlus size={14} />}
              data-testid="person-new-assessment"
            >
              {t('assessments.new')}
            </ButtonLink>
          )}
        </Group>
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {canAssess ? t('assessments.noneYetDirector') : t('assessments.noneYet')}
        </Text>
      ) : (
        <Stack gap={6}>
          {items.map((a) => (
            <Group key={a.id} justify="space-between" data-testid="person-assessment">
              <AnchorLink to="/assessments/$assessmentId" params={{ assessmentId: a.id }} size="sm">
                {format.date(a.periodFrom)} – {format.date(a.periodTo)}
              </AnchorLink>
              <Group gap="xs">
                <Text size="xs" c="dimmed">
                  {a.assessedByName ?? ''}
                </Text>
                <Badge variant="light">
                  {t('assessments.average', { value: figures.average(a.average) })}
                </Badge>
              </Group>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
