import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { skillsQuery } from './peopleQueries';

/**
 * A skill's name in the UI language. The eight account-management skills the assessments score carry a
 * `key` in the catalogue and are named in the dictionary; every other skill shows the name it was given.
 */
export function useSkillLabel(): (skillId: string, name: string) => string {
  const { t } = useTranslation();
  const { data } = useQuery(skillsQuery);
  const keys = new Map((data?.items ?? []).filter((s) => s.key).map((s) => [s.id, s.key as string]));
  return (skillId, name) => {
    const key = keys.get(skillId);
    return key ? t(`assessments.criteria.${key}`, { defaultValue: name }) : name;
  };
}
