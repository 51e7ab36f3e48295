import { Button, Stack, Tabs, Text } from '@mantine/core';
import { IconCoins, IconFileImport, IconHourglass, IconSettings } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { settingsQuery } from '../economicsQueries';
import { CostRatesPanel } from './CostRatesPanel';
import { ExchangeRatesPanel } from './ExchangeRatesPanel';
import { GeneralSettingsForm } from './GeneralSettingsForm';
import { settingsTabs } from './settingsSearch';

const route = getRouteApi('/app/settings/economics');

/** Economics settings for those who keep the books: the workspace's rules, exchange rates, cost rates. */
export function EconomicsSettingsPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { data, error, isPending } = useQuery(settingsQuery);
  const tab = search.tab ?? 'general';

  return (
    <Stack gap="md">
      <div>
        <PageHeader title={t('economicsSettings.title')}>
          <Button
            renderRoot={(props) => (
              <Link
                to="/imports/new"
                search={{
                  kind: tab === 'exchange' ? 'exchange_rates' : tab === 'cost' ? 'cost_rates' : undefined,
                }}
                {...props}
              />
            )}
            variant="light"
            leftSection={<IconFileImport size={16} />}
            data-testid="settings-import"
          >
            {t('imports.fromSettings')}
          </Button>
        </PageHeader>
        <Text size="sm" c="dimmed" mt={-8}>
          {t('economicsSettings.intro')}
        </Text>
      </div>
      <ErrorAlert error={error} />
      {isPending && <Loading />}
      {data && (
        <Tabs
          value={tab}
          onChange={(v) => {
            const next = settingsTabs.find((x) => x === v);
            void navigate({ search: { tab: next === 'general' ? undefined : next }, replace: true });
          }}
          keepMounted={false}
        >
          <Tabs.List mb="md">
            <Tabs.Tab
              value="general"
              leftSection={<IconSettings size={16} />}
              data-testid="settings-tab-general"
            >
              {t('economicsSettings.tabs.general')}
            </Tabs.Tab>
            <Tabs.Tab
              value="exchange"
              leftSection={<IconCoins size={16} />}
              data-testid="settings-tab-exchange"
            >
              {t('economicsSettings.tabs.exchange')}
            </Tabs.Tab>
            <Tabs.Tab value="cost" leftSection={<IconHourglass size={16} />} data-testid="settings-tab-cost">
              {t('economicsSettings.tabs.cost')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="general">
            <GeneralSettingsForm settings={data} />
          </Tabs.Panel>
          <Tabs.Panel value="exchange">
            <ExchangeRatesPanel
              baseCurrency={data.baseCurrency}
              prefill={{ currency: search.currency, month: search.month }}
            />
          </Tabs.Panel>
          <Tabs.Panel value="cost">
            <CostRatesPanel
              baseCurrency={data.baseCurrency}
              prefill={{ personId: search.personId, from: search.from }}
            />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
