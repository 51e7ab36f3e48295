import { Select, type SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { skillCategories } from '@vested/contracts';
import { useTranslation } from 'react-i18next';
import { skillsQuery } from './peopleQueries';
import { useSkillLabel } from './skillLabel';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string | null;
  onChange: (skillId: string | null) => void;
  /** Skills not to offer (already chosen elsewhere), except the current value. */
  exclude?: readonly string[];
};

/** Pick a skill of the workspace catalogue, grouped by category. */
export function SkillSelect({ value, onChange, exclude = [], ...rest }: Props) {
  const { t } = useTranslation();
  const { data } = useQuery(skillsQuery);
  const skillLabel = useSkillLabel();
  const skills = (data?.items ?? []).filter((s) => s.id === value || !exclude.includes(s.id));
  const groups = skillCategories
    .map((category) => ({
      group: t(`people.skillCategory.${category}`),
      items: skills
        .filter((s) => s.category === category)
        .map((s) => ({ value: s.id, label: skillLabel(s.id, s.name) })),
    }))
    .filter((g) => g.items.length > 0);
  return (
    <Select
      searchable
      nothingFoundMessage={t('common.nothingFound')}
      {...rest}
      data={groups}
      value={value}
      onChange={(v) => onChange(v)}
    />
  );
}
