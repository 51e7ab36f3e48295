import { Tabs } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { NotFound } from '../../ui/NotFound';
import { EconomicsTab } from '../economics/EconomicsTab';
import { RelationshipsTab } from '../stakeholders/RelationshipsTab';
import { AccountHeader } from './AccountHeader';
import { accountQuery } from './accountQueries';
import { accountTabs } from './accountSearch';
import { BusinessNotesTab } from './BusinessNotesTab';
import { DecisionsTab } from './DecisionsTab';
import { HistoryTab } from './HistoryTab';
import { OverviewTab } from './OverviewTab';
import { TeamTab } from './TeamTab';

const route = getRouteApi('/app/accounts/$accountId');

export function AccountPage() {
  const { t } = useTranslation();
  const { accountId } = route.useParams();
  const { tab = 'overview' } = route.useSearch();
  const navigate = route.useNavigate();
  const { data: account, error, isPending } = useQuery(accountQuery(accountId));

  if (isApiError(error, 404) || isApiError(error, 400)) return <NotFound />;
  if (error) return <ErrorAlert error={error} />;
  if (isPending || !account) return <Loading />;

  return (
    <>
      <AccountHeader account={account} />
      <Tabs
        value={tab}
        onChange={(value) => {
          const next = accountTabs.find((x) => x === value);
          void navigate({ search: { tab: next === 'overview' ? undefined : next }, replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {accountTabs.map((x) => (
            <Tabs.Tab key={x} value={x} data-testid={`account-tab-${x}`}>
              {t(`accounts.tabs.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview">
          <OverviewTab account={account} />
        </Tabs.Panel>
        <Tabs.Panel value="notes">
          <BusinessNotesTab account={account} />
        </Tabs.Panel>
        <Tabs.Panel value="team">
          <TeamTab account={account} />
        </Tabs.Panel>
        <Tabs.Panel value="relationships">
          <RelationshipsTab account={account} />
        </Tabs.Panel>
        <Tabs.Panel value="economics">
          <EconomicsTab account={account} />
        </Tabs.Panel>
        <Tabs.Panel value="decisions">
          <DecisionsTab account={account} />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <HistoryTab accountId={account.id} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
