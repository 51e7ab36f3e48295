import { Badge } from '@mantine/core';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight, IconQuestionMark } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const look = {
  up: { color: 'teal', Icon: IconArrowUpRight },
  down: { color: 'red', Icon: IconArrowDownRight },
  flat: { color: 'gray', Icon: IconArrowRight },
  unknown: { color: 'gray', Icon: IconQuestionMark },
} as const;

export function TrendBadge({ trend }: { trend: keyof typeof look }) {
  const { t } = useTranslation();
  const { color, Icon } = look[trend];
  return (
    <Badge size="sm" variant="light" color={color} leftSection={<Icon size={12} />} tt="none">
      {t(`assessments.trend.${trend}`)}
    </Badge>
  );
}
