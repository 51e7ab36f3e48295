import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Assessment } from '@vested/contracts';
import { managerCriteria } from '@vested/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/format';
import { SkillLevel } from '../people/SkillLevel';
import { useFigures } from './figures';

/** The director's assessment: each criterion's level with its evidence, the average and the summary. */
export function ScoresPanel({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const figures = useFigures();
  return (
    <Paper withBorder p="lg" radius="md" data-testid="scores-panel">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={4}>{t('assessments.scores.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('assessments.scores.by', {
              who: assessment.assessedByName ?? t('history.system'),
              when: format.date(assessment.createdAt),
            })}
          </Text>
        </div>
        <Badge size="lg" variant="light" data-testid="assessment-average">
          {t('assessments.average', { value: figures.average(assessment.average) })}
        </Badge>
      </Group>
      <Stack gap="sm" mt="md">
        {managerCriteria.map((c) => (
          <div key={c} data-testid="score-row">
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm" fw={600}>
                {t(`assessments.criteria.${c}`)}
              </Text>
              <SkillLevel level={assessment.scores[c].level} />
            </Group>
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
              {assessment.scores[c].evidence}
            </Text>
          </div>
        ))}
      </Stack>
      {assessment.summary && (
        <>
          <Title order={5} mt="md">
            {t('assessments.summary')}
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {assessment.summary}
          </Text>
        </>
      )}
    </Paper>
  );
}
