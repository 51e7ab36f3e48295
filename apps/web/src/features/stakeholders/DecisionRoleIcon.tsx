import { ThemeIcon, Tooltip } from '@mantine/core';
import {
  IconBan,
  IconCoin,
  IconCrown,
  IconLock,
  IconSpeakerphone,
  IconStar,
  IconTool,
  IconUser,
} from '@tabler/icons-react';
import type { DecisionRole } from '@vested/domain';
import { useTranslation } from 'react-i18next';

const icons: Record<DecisionRole, typeof IconCrown> = {
  decision_maker: IconCrown,
  economic_buyer: IconCoin,
  influencer: IconSpeakerphone,
  technical_evaluator: IconTool,
  user: IconUser,
  champion: IconStar,
  gatekeeper: IconLock,
  blocker: IconBan,
};

const colors: Record<DecisionRole, string> = {
  decision_maker: 'violet',
  economic_buyer: 'grape',
  influencer: 'blue',
  technical_evaluator: 'cyan',
  user: 'gray',
  champion: 'yellow',
  gatekeeper: 'orange',
  blocker: 'red',
};

/** The icon of a contact's decision role, with the role's name as its tooltip and label. */
export function DecisionRoleIcon({ role, size = 22 }: { role: DecisionRole | null; size?: number }) {
  const { t } = useTranslation();
  if (!role) return null;
  const Icon = icons[role];
  const label = t(`decisionRole.${role}`);
  return (
    <Tooltip label={label} withinPortal>
      <ThemeIcon size={size} radius="xl" variant="light" color={colors[role]} aria-label={label} role="img">
        <Icon size={Math.round(size * 0.62)} stroke={1.8} />
      </ThemeIcon>
    </Tooltip>
  );
}
