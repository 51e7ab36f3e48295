import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { AccountPage } from '@vested/contracts';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';

type Props = { value: string | null; onChange: (accountId: string | null) => void };

/**
 * The account a contacts file belongs to (the contacts import reads one account's contacts). Lists the
 * accounts the user can see; the server refuses one whose contacts they may not edit, and says so.
 */
export function AccountChoice({ value, onChange }: Props) {
  const { t } = useTranslation();
  const accounts = useQuery({
    queryKey: ['accounts', 'list', 'import-choice'],
    queryFn: () => api.get('/api/v1/accounts', { query: { page: 1, pageSize: 200 }, schema: AccountPage }),
  });
  return (
    <Select
      mt="md"
      label={t('imports.contactsAccount.label')}
      description={t('imports.contactsAccount.hint')}
      placeholder={t('imports.contactsAccount.placeholder')}
      searchable
      required
      nothingFoundMessage={t('imports.contactsAccount.none')}
      data={(accounts.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))}
      value={value}
      onChange={onChange}
      data-testid="import-contacts-account"
    />
  );
}
