import { Alert, Anchor, Group, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { TeamWarning } from '@vested/contracts';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../ui/AnchorLink';
import { hours, useMonthLabel } from '../../people/months';
import { useSkillLabel } from '../../people/skillLabel';
import type { SuggestFor } from './teamQueries';
import { useRoleLabel } from './teamQueries';

type Props = {
  warnings: TeamWarning[];
  canManage: boolean;
  onSuggest: (ask: SuggestFor, what: string) => void;
};

/** What needs attention on the team: people over capacity, roles empty or short, skills missing. */
export function WarningsPanel({ warnings, canManage, onSuggest }: Props) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const skillLabel = useSkillLabel();
  const monthLabel = useMonthLabel();
  if (warnings.length === 0) return null;
  const suggestLink = (ask: SuggestFor, what: string) =>
    canManage && (
      <Anchor component="button" type="button" size="sm" onClick={() => onSuggest(ask, what)}>
        {t('team.suggest.button')}
      </Anchor>
    );
  return (
    <Alert
      color="orange"
      icon={<IconAlertTriangle size={18} />}
      title={t('team.warnings.title', { count: warnings.length })}
      data-testid="team-warnings"
    >
      <List size="sm" spacing={4}>
        {warnings.map((w) => {
          switch (w.kind) {
            case 'over_allocated':
              return (
                <List.Item key={`o-${w.personId}`} data-testid="warning-over">
                  <AnchorLink to="/people/$personId" params={{ personId: w.personId }} size="sm">
                    {w.personName}
                  </AnchorLink>{' '}
                  {t('team.warnings.over', {
                    month: monthLabel(w.month, 'long'),
                    allocated: hours(w.allocatedHours),
                    capacity: hours(w.capacityHours),
                    over: hours(w.overByHours),
                  })}
                </List.Item>
              );
            case 'role_unfilled': {
              const label = roleLabel(w.role, w.roleName);
              return (
                <List.Item key={`u-${w.role}`} data-testid="warning-unfilled">
                  <Group gap="xs">
                    <Text size="sm">
                      {t('team.warnings.unfilled', { role: label, hours: hours(w.neededHours) })}
                    </Text>
                    {suggestLink({ role: w.role }, label)}
                  </Group>
                </List.Item>
              );
            }
            case 'role_short': {
              const label = roleLabel(w.role, w.roleName);
              return (
                <List.Item key={`s-${w.role}`} data-testid="warning-short">
                  <Group gap="xs">
                    <Text size="sm">
                      {t('team.warnings.short', {
                        role: label,
                        needed: hours(w.neededHours),
                        filled: hours(w.filledHours),
                      })}
                    </Text>
                    {suggestLink({ role: w.role }, label)}
                  </Group>
                </List.Item>
              );
            }
            case 'skill_missing': {
              const skill = skillLabel(w.skillId, w.skillName);
              const what = t('team.needs.skillAt', { skill, level: w.minLevel });
              return (
                <List.Item key={`k-${w.skillId}`} data-testid="warning-skill">
                  <Group gap="xs">
                    <Text size="sm">
                      {w.bestLevel === null
                        ? t('team.warnings.skillNone', { skill, level: w.minLevel })
                        : t('team.warnings.skillLow', {
                            skill,
                            level: w.minLevel,
                            best: w.bestLevel,
                          })}
                    </Text>
                    {suggestLink({ skillId: w.skillId, minLevel: w.minLevel }, what)}
                  </Group>
                </List.Item>
              );
            }
          }
          return null;
        })}
      </List>
    </Alert>
  );
}
