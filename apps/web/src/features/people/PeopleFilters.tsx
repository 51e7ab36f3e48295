import { Checkbox, Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { departmentsQuery } from './peopleQueries';
import type { PeopleSearch } from './peopleSearch';
import { SkillSelect } from './SkillSelect';

type Props = { search: PeopleSearch; update: (patch: Partial<PeopleSearch>) => void };

/** The people list's filters; every one lives in the URL and is applied by the server. */
export function PeopleFilters({ search, update }: Props) {
  const { t } = useTranslation();
  const departments = useQuery(departmentsQuery);
  const [q, setQ] = useState(search.q ?? '');
  const pushQ = useDebouncedCallback((value: string) => update({ q: value.trim() || undefined }), 300);
  const over = search.over === 'true';
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label={t('common.search')}
        placeholder={t('people.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={q}
        onChange={(e) => {
          setQ(e.currentTarget.value);
          pushQ(e.currentTarget.value);
        }}
        w={220}
      />
      <Select
        label={t('people.fields.department')}
        placeholder={t('common.all')}
        data={departments.data?.items ?? []}
        value={search.department ?? null}
        onChange={(v) => update({ department: v ?? undefined })}
        clearable
        searchable
        w={190}
      />
      <SkillSelect
        label={t('people.skill')}
        placeholder={t('common.all')}
        value={search.skillId ?? null}
        onChange={(v) => update({ skillId: v ?? undefined, minLevel: v ? search.minLevel : undefined })}
        clearable
        w={230}
        data-testid="people-skill-filter"
      />
      {search.skillId && (
        <Select
          label={t('people.minLevel')}
          data={['1', '2', '3', '4', '5'].map((v) => ({
            value: v,
            label: t('people.atLeast', { level: v }),
          }))}
          value={String(search.minLevel ?? 1)}
          onChange={(v) => update({ minLevel: v && v !== '1' ? Number(v) : undefined })}
          allowDeselect={false}
          w={120}
        />
      )}
      {!over && (
        <SegmentedControl
          aria-label={t('people.fields.active')}
          value={search.active ?? 'true'}
          onChange={(v) => update({ active: v === 'true' ? undefined : v === 'false' ? 'false' : 'all' })}
          data={(['true', 'false', 'all'] as const).map((value) => ({
            value,
            label: t(`people.activeOptions.${value}`),
          }))}
        />
      )}
      <Checkbox
        label={t('people.overOnly')}
        checked={over}
        onChange={(e) => update({ over: e.currentTarget.checked ? 'true' : undefined })}
        mb={8}
        data-testid="people-over-filter"
      />
    </Group>
  );
}
