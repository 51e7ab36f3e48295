import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { ContactPage } from '@vested/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';

type Props = {
  accountId: string;
  label: string;
  description?: string;
  value: string | null;
  /** The name of the contact already selected (so it shows before any search). */
  initialLabel?: string | null;
  exclude?: string;
  onChange: (id: string | null) => void;
  error?: string;
  'data-testid'?: string;
};

/** Pick one of the account's contacts by searching them on the server (an account may have thousands). */
export function ContactSelect({ accountId, value, initialLabel, exclude, onChange, ...rest }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [known, setKnown] = useState<Record<string, string>>(
    value && initialLabel ? { [value]: initialLabel } : {},
  );
  const knownLabel = value ? known[value] : undefined;
  const q = debounced && debounced !== knownLabel ? debounced : undefined;
  const { data, isFetching } = useQuery({
    queryKey: ['stakeholders', accountId, 'pick', q ?? ''],
    queryFn: () =>
      api.get(`/api/v1/accounts/${accountId}/contacts`, {
        query: { q, pageSize: 30, sort: 'name', status: 'active' },
        schema: ContactPage,
      }),
    staleTime: 30_000,
  });
  const options = new Map<string, string>();
  if (value && knownLabel) options.set(value, knownLabel);
  for (const c of data?.items ?? []) {
    if (c.id !== exclude) options.set(c.id, c.title ? `${c.name} · ${c.title}` : c.name);
  }
  return (
    <Select
      {...rest}
      searchable
      clearable
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
