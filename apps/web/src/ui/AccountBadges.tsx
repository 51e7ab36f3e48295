import { Badge, type MantineColor, Tooltip } from '@mantine/core';
import type { AccountObjective, AccountPhase, AccountStatus, AccountTier } from '@vested/domain';
import { useTranslation } from 'react-i18next';

/** Badges never shrink into an ellipsis inside narrow table cells. */
const full = { minWidth: 'max-content' } as const;

const objectiveColor: Record<AccountObjective, MantineColor> = {
  growth: 'green',
  preservation: 'blue',
  image: 'grape',
};
const tierColor: Record<AccountTier, MantineColor> = { key: 'orange', regular: 'gray' };
const phaseColor: Record<AccountPhase, MantineColor> = {
  meeting_expectations: 'cyan',
  forming_expectations: 'indigo',
};
const statusColor: Record<AccountStatus, MantineColor> = { active: 'teal', paused: 'yellow', closed: 'gray' };

export function ObjectiveBadge({ value }: { value: AccountObjective }) {
  const { t } = useTranslation();
  return (
    <Tooltip label={t(`objectiveHint.${value}`)} openDelay={300}>
      <Badge style={full} color={objectiveColor[value]} variant="light">
        {t(`objective.${value}`)}
      </Badge>
    </Tooltip>
  );
}

export function TierBadge({ value }: { value: AccountTier }) {
  const { t } = useTranslation();
  return (
    <Badge style={full} color={tierColor[value]} variant={value === 'key' ? 'filled' : 'outline'}>
      {t(`tier.${value}`)}
    </Badge>
  );
}

export function PhaseBadge({ value }: { value: AccountPhase }) {
  const { t } = useTranslation();
  return (
    <Badge style={full} color={phaseColor[value]} variant="light">
      {t(`phase.${value}`)}
    </Badge>
  );
}

export function StatusBadge({ value }: { value: AccountStatus }) {
  const { t } = useTranslation();
  return (
    <Badge style={full} color={statusColor[value]} variant="dot">
      {t(`status.${value}`)}
    </Badge>
  );
}
