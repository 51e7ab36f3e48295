import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { AccountDetail } from '@vested/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { accountPickQuery } from './matrixQueries';

type Props = { label: string; value: string | null; onChange: (id: string | null) => void; w?: number };

/** Pick an account by searching the accounts the viewer may see. */
export function AccountSelect({ label, value, onChange, w }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [known, setKnown] = useState<Record<string, string>>({});
  const lookup = useQuery({
    queryKey: ['accounts', 'one', value],
    queryFn: () => api.get(`/api/v1/accounts/${value}`, { schema: AccountDetail }),
    enabled: !!value && !known[value],
    staleTime: 60_000,
  });
  const knownLabel = value ? (known[value] ?? lookup.data?.name) : undefined;
  const q = debounced && debounced !== knownLabel ? debounced : undefined;
  const { data, isFetching } = useQuery(accountPickQuery(q));
  const options = new Map<string, string>();
  if (value && knownLabel) options.set(value, knownLabel);
  for (const a of data?.items ?? []) options.set(a.id, a.name);
  return (
    <Select
      label={label}
      placeholder={t('common.all')}
      searchable
      clearable
      w={w}
      value={value}
      data={[...options].map(([id, name]) => ({ value: id, label: name }))}
      onChange={(id, option) => {
        if (id && option) setKnown((prev) => ({ ...prev, [id]: option.label }));
        onChange(id);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={isFetching ? t('common.loading') : t('common.nothingFound')}
      data-testid="matrix-account-filter"
    />
  );
}
