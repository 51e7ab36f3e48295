import { Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A level 1–5 as five dots, with the number for screen readers and the tooltip. */
export function SkillLevel({ level }: { level: number }) {
  const { t } = useTranslation();
  const label = t('people.levelOf', { level });
  return (
    <Tooltip label={label}>
      <Group gap={3} wrap="nowrap" aria-label={label} role="img">
        {[1, 2, 3, 4, 5].map((i) => (
          <span
            key={i}
            style={{
              width: 8,
              height: 8,
              borderRadius: 4,
              display: 'inline-block',
              background: i <= level ? 'var(--mantine-color-teal-6)' : 'var(--mantine-color-gray-3)',
            }}
          />
        ))}
        <Text size="xs" c="dimmed" ml={4}>
          {level}
        </Text>
      </Group>
    </Tooltip>
  );
}
