import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { AccountPage } from '@vested/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';

type Props = { value: string | null; onChange: (accountId: string | null) => void };

/**
 * The account a contacts file belongs to (the contacts import reads one account's contacts). Searches
 * the accounts the user can see on the server as they type (a portfolio may hold thousands); the server
 * refuses one whose contacts they may not edit, and says so.
 */
export function AccountChoice({ value, onChange }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [chosenName, setChosenName] = useState<string | null>(null);
  // While the input shows the chosen name, list the first accounts rather than only that one.
  const q = debounced && debounced !== chosenName ? debounced : undefined;
  const accounts = useQuery({
    queryKey: ['accounts', 'import-choice', q ?? ''],
    queryFn: () =>
      api.get('/api/v1/accounts', { query: { q, page: 1, pageSize: 50, sort: 'name' }, schema: AccountPage }),
    placeholderData: (previous) => previous,
    staleTime: 30_000,
  });
  const options = new Map((accounts.data?.items ?? []).map((a) => [a.id, a.name]));
  if (value && chosenName) options.set(value, chosenName);

  return (
    <Select
      mt="md"
      label={t('imports.contactsAccount.label')}
      description={t('imports.contactsAccount.hint')}
      placeholder={t('imports.contactsAccount.placeholder')}
      searchable
      required
      filter={({ options: all }) => all}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={accounts.isFetching ? t('common.loading') : t('imports.contactsAccount.none')}
      data={[...options].map(([id, name]) => ({ value: id, label: name }))}
      value={value}
      onChange={(id) => {
        setChosenName(id ? (options.get(id) ?? null) : null);
        onChange(id);
      }}
      data-testid="import-contacts-account"
    />
  );
}
