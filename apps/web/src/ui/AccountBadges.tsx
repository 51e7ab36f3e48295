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

/** `compact` shows "Phase 1/2" (the full name in a tooltip) so a table row stays one line. */
export function PhaseBadge({ value, compact = false }: { value: AccountPhase; compact?: boolean }) {
  const { t } = useTranslation();
  const badge = (
    <Badge style={full} color={phaseColor[value]} variant="light">
      {t(compact ? `phaseShort.${value}` : `phase.${value}`)}
    </Badge>
  );
  return compact ? (
    <Tooltip label={t(`phase.${value}`)} openDelay={300}>
      {badge}
    </Tooltip>
  ) : (
    badge
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
