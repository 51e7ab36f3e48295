import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { PersonDetail, PersonPage } from '@vested/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../lib/api';

type Props = {
  label?: string;
  placeholder?: string;
  description?: string;
  value: string | null;
  /** The name of the person already selected (so it shows before any search). */
  initialLabel?: string | null;
  onChange: (id: string | null) => void;
  error?: string;
  required?: boolean;
  disabled?: boolean;
  clearable?: boolean;
  exclude?: string;
  w?: number | string;
  'data-testid'?: string;
};

/** Pick a person by searching `/api/v1/people` on the server. */
export function PersonSelect({ value, initialLabel, onChange, exclude, clearable = true, ...rest }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [known, setKnown] = useState<Record<string, string>>(
    value && initialLabel ? { [value]: initialLabel } : {},
  );
  // A value that came without its name (from the URL, a user's link): look the person up once.
  const lookup = useQuery({
    queryKey: ['people', 'one', value],
    queryFn: () => api.get(`/api/v1/people/${value}`, { schema: PersonDetail }),
    enabled: !!value && !known[value],
    staleTime: 60_000,
  });
  const knownLabel = value ? (known[value] ?? lookup.data?.name) : undefined;
  // While the input shows the selected name, list everyone rather than only that name.
  const q = debounced && debounced !== knownLabel ? debounced : undefined;
  const { data, isFetching } = useQuery({
    queryKey: ['people', 'pick', q ?? ''],
    queryFn: () =>
      api.get('/api/v1/people', { query: { q, pageSize: 20, sort: 'name' }, schema: PersonPage }),
    staleTime: 30_000,
  });

  const options = new Map<string, string>();
  if (value && knownLabel) options.set(value, knownLabel);
  for (const p of data?.items ?? []) {
    if (p.id !== exclude) options.set(p.id, p.department ? `${p.name} · ${p.department}` : p.name);
  }

  return (
    <Select
      {...rest}
      searchable
      clearable={clearable}
      value={value}
      data={[...options].map(([id, label]) => ({ value: id, label }))}
      onChange={(id, option) => {
        if (id && option) setKnown((prev) => ({ ...prev, [id]: option.label }));
        onChange(id);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={isFetching ? t('common.loading') : t('common.nothingFound')}
    />
  );
}
