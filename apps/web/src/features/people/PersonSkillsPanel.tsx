import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type PersonSkill, skillCategories } from '@vested/contracts';
import { useTranslation } from 'react-i18next';
import { SkillLevel } from './SkillLevel';
import { useSkillLabel } from './skillLabel';

/** The person's skills by category, strongest first. */
export function PersonSkillsPanel({ skills }: { skills: PersonSkill[] }) {
  const { t } = useTranslation();
  const skillLabel = useSkillLabel();
  const groups = skillCategories
    .map((category) => ({
      category,
      items: skills
        .filter((s) => s.category === category)
        .sort((a, b) => b.level - a.level || a.name.localeCompare(b.name)),
    }))
    .filter((g) => g.items.length > 0);
  return (
    <Paper withBorder p="lg" radius="md" h="100%" data-testid="person-skills">
      <Title order={4} mb="sm">
        {t('people.fields.skills')}
      </Title>
      {groups.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('people.noSkills')}
        </Text>
      )}
      <Stack gap="md">
        {groups.map((g) => (
          <Stack key={g.category} gap={4}>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase">
              {t(`people.skillCategory.${g.category}`)}
            </Text>
            {g.items.map((s) => (
              <Group key={s.skillId} justify="space-between" wrap="nowrap" data-testid="person-skill">
                <Text size="sm">{skillLabel(s.skillId, s.name)}</Text>
                <SkillLevel level={s.level} />
              </Group>
            ))}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
