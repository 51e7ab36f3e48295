import { ActionIcon, Button, Group, SegmentedControl, Stack, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../i18n';
import type { FieldErrors } from '../../lib/forms';
import type { SkillValue } from './personValues';
import { SkillSelect } from './SkillSelect';

type Props = { value: SkillValue[]; onChange: (next: SkillValue[]) => void; errors: FieldErrors };

const levels = ['1', '2', '3', '4', '5'];

/** The person's skills with a level each; errors of a row (`skills.2.skillId`) show on that row. */
export function SkillsEditor({ value, onChange, errors }: Props) {
  const { t } = useTranslation();
  const message = useMessage();
  const chosen = value.map((s) => s.skillId).filter((id): id is string => !!id);
  const setRow = (i: number, patch: Partial<SkillValue>) =>
    onChange(value.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('people.fields.skills')}
      </Text>
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('people.noSkills')}
        </Text>
      )}
      {value.map((s, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until a skill is chosen
        <Group key={i} gap="xs" align="flex-start" wrap="nowrap" data-testid="skill-row">
          <SkillSelect
            aria-label={t('people.skill')}
            placeholder={t('people.chooseSkill')}
            value={s.skillId}
            exclude={chosen}
            onChange={(skillId) => setRow(i, { skillId })}
            error={message(errors[`skills.${i}.skillId`] ?? errors[`skills.${i}`])}
            style={{ flex: 1 }}
          />
          <SegmentedControl
            aria-label={t('people.level')}
            data={levels}
            value={String(s.level)}
            onChange={(v) => setRow(i, { level: Number(v) })}
          />
          <Tooltip label={t('common.remove')}>
            <ActionIcon
              variant="subtle"
              color="red"
              mt={4}
              aria-label={t('common.remove')}
              onClick={() => onChange(value.filter((_, j) => j !== i))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      ))}
      {errors.skills && (
        <Text size="xs" c="red">
          {message(errors.skills)}
        </Text>
      )}
      <Group>
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...value, { skillId: null, level: 3 }])}
          data-testid="add-skill"
        >
          {t('people.addSkill')}
        </Button>
      </Group>
    </Stack>
  );
}
