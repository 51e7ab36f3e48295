import { Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPointFilled } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { AccountEconomics } from '@vested/contracts';
import { useTranslation } from 'react-i18next';
import { ObjectiveBadge } from '../../ui/AccountBadges';
import { useFormat } from '../../ui/format';
import { settingsQuery } from './economicsQueries';
import { useMoney } from './money';
import { ObjectiveStatusBadge } from './ObjectiveStatusBadge';
import { useReasonText } from './reasons';

/** The account judged by its own objective: the status, and why, in words. */
export function ObjectivePanel({ data }: { data: AccountEconomics }) {
  const { t } = useTranslation();
  const f = useMoney();
  const format = useFormat();
  const reasons = useReasonText();
  const { data: settings } = useQuery(settingsQuery);
  const { objective, status } = data.objective;
  const targets = settings?.targets;

  return (
    <Paper withBorder p="lg" radius="md" h="100%" data-testid="objective-panel">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={4}>{t('economics.objective.title')}</Title>
          <Group gap="xs">
            <ObjectiveBadge value={objective} />
            <ObjectiveStatusBadge value={status} size="lg" />
          </Group>
        </Group>
        {targets && (
          <Text size="sm" c="dimmed">
            {objective === 'growth'
              ? t('economics.objective.growthRule', { target: f.number(Number(targets.roiTarget)) })
              : objective === 'preservation'
                ? t('economics.objective.preservationRule', {
                    tolerance: f.percent(Number(targets.preservationTolerance)),
                    inflation: f.percent(Number(settings.annualInflation)),
                  })
                : t('economics.objective.imageRule', { target: f.number(Number(targets.valueScoreTarget)) })}
          </Text>
        )}
        <List
          spacing={6}
          size="sm"
          icon={<IconPointFilled size={12} />}
          center
          data-testid="objective-reasons"
        >
          {data.objective.reasons.map((r) => (
            <List.Item key={r.code}>{reasons.reason(r, objective)}</List.Item>
          ))}
        </List>
        <Text size="xs" c="dimmed">
          {t('economics.objective.judgedOn', {
            to: format.date(data.trailingTwelveMonths.to),
          })}
        </Text>
      </Stack>
    </Paper>
  );
}
