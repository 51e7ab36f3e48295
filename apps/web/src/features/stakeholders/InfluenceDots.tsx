import { Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Influence 1–5 as five dots, the filled ones darker. */
export function InfluenceDots({ value, size = 7 }: { value: number; size?: number }) {
  const { t } = useTranslation();
  const label = t('contacts.influenceOf', { value });
  return (
    <Tooltip label={label} withinPortal>
      <Group gap={3} wrap="nowrap" aria-label={label} role="img">
        {[1, 2, 3, 4, 5].map((n) => (
          <span
            key={n}
            style={{
              width: size,
              height: size,
              borderRadius: '50%',
              background: n <= value ? 'var(--mantine-color-dark-4)' : 'var(--mantine-color-gray-3)',
            }}
          />
        ))}
      </Group>
    </Tooltip>
  );
}
