import { Badge, Group, type MantineColor, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export type ObjectiveStatus = 'on_track' | 'at_risk' | 'off_track';

export const statusColor: Record<ObjectiveStatus, MantineColor> = {
  on_track: 'teal',
  at_risk: 'yellow',
  off_track: 'red',
};
/** The same colours as CSS values, for charts. */
export const statusFill: Record<ObjectiveStatus, string> = {
  on_track: 'var(--mantine-color-teal-6)',
  at_risk: 'var(--mantine-color-yellow-6)',
  off_track: 'var(--mantine-color-red-6)',
};
const icon = { on_track: IconCircleCheck, at_risk: IconAlertTriangle, off_track: IconCircleX };

/** On track / at risk / off track — colour and an icon, so it reads without colour too. */
export function ObjectiveStatusBadge({
  value,
  size = 'md',
}: {
  value: ObjectiveStatus;
  size?: 'sm' | 'md' | 'lg';
}) {
  const { t } = useTranslation();
  const Icon = icon[value];
  return (
    <Badge
      color={statusColor[value]}
      variant="light"
      size={size}
      leftSection={<Icon size={size === 'lg' ? 16 : 12} />}
      style={{ minWidth: 'max-content' }}
      data-testid="objective-status"
      data-status={value}
    >
      {t(`economics.status.${value}`)}
    </Badge>
  );
}

/** The status as an icon and plain words, for dense tables. */
export function ObjectiveStatusText({ value }: { value: ObjectiveStatus }) {
  const { t } = useTranslation();
  const Icon = icon[value];
  return (
    <Group gap={4} wrap="nowrap" data-testid="objective-status" data-status={value}>
      <Icon size={16} color={`var(--mantine-color-${statusColor[value]}-7)`} />
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {t(`economics.status.${value}`)}
      </Text>
    </Group>
  );
}
