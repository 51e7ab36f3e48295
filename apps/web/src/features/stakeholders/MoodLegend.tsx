import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Mood, moodPaint } from './satisfaction';

const moods: Mood[] = ['satisfied', 'lukewarm', 'unhappy', 'unknown'];

/** What the colours of the cards mean. */
export function MoodLegend() {
  const { t } = useTranslation();
  return (
    <Group gap="md" data-testid="mood-legend">
      {moods.map((m) => (
        <Group key={m} gap={6} wrap="nowrap">
          <span style={{ width: 12, height: 12, borderRadius: 3, background: moodPaint(m).solid }} />
          <Text size="xs" c="dimmed">
            {t(`mood.${m}`)}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
