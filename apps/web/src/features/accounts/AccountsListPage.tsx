import { Button, Paper } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../lib/me';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { Pager } from '../../ui/Pager';
import { AccountFilters } from './AccountFilters';
import { AccountsTable } from './AccountsTable';
import { accountsQuery, PAGE_SIZE } from './accountQueries';
import type { AccountsSearch } from './accountsSearch';
import { CreateAccountModal } from './CreateAccountModal';

const route = getRouteApi('/app/accounts');

export function AccountsListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [createOpen, create] = useDisclosure();
  const { data, error, isFetching } = useQuery(accountsQuery(search));

  /** Change filters (back to page 1) or the page, keeping everything else in the URL. */
  const update = (patch: Partial<AccountsSearch>) =>
    navigate({ search: (prev) => ({ ...prev, page: undefined, ...patch }), replace: 'q' in patch });

  return (
    <>
      <PageHeader title={t('accounts.title')}>
        {me.can.createAccount && (
          <Button leftSection={<IconPlus size={16} />} onClick={create.open} data-testid="new-account">
            {t('accounts.new')}
          </Button>
        )}
      </PageHeader>
      <AccountFilters search={search} onChange={update} />
      <ErrorAlert error={error} />
      {data && (
        <Paper withBorder radius="md" mt="md" style={{ opacity: isFetching ? 0.7 : 1 }}>
          <AccountsTable
            items={data.items}
            sort={search.sort ?? 'name'}
            onSort={(sort) => update({ sort: sort === 'name' ? undefined : sort })}
            filtered={Object.values({ ...search, sort: undefined, page: undefined }).some(
              (v) => v !== undefined,
            )}
          />
        </Paper>
      )}
      {data && (
        <Pager page={data.page} pageSize={PAGE_SIZE} total={data.total} onPage={(page) => update({ page })} />
      )}
      <CreateAccountModal opened={createOpen} onClose={create.close} />
    </>
  );
}
