import { Badge, Paper, Tabs } from '@mantine/core';
import type { AccountDetail } from '@vested/contracts';
import { useTranslation } from 'react-i18next';
import { InvestmentsPanel } from './InvestmentsPanel';
import type { EconomicsPermissions } from './permissions';
import { ReturnsPanel } from './ReturnsPanel';
import { ValueEventsPanel } from './ValueEventsPanel';

type Props = {
  account: AccountDetail;
  baseCurrency: string;
  may: EconomicsPermissions;
  valueScore: number | null;
};

/** The entries behind the figures: investments, monthly returns and value events. */
export function EntriesPanel({ account, baseCurrency, may, valueScore }: Props) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" radius="md" data-testid="economics-entries">
      <Tabs defaultValue="investments" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="investments" data-testid="entries-investments">
            {t('economics.investments.title')}
          </Tabs.Tab>
          <Tabs.Tab value="returns" data-testid="entries-returns">
            {t('economics.returns.title')}
          </Tabs.Tab>
          <Tabs.Tab
            value="value"
            data-testid="entries-value"
            rightSection={
              valueScore !== null && valueScore > 0 ? (
                <Badge size="sm" variant="light" color="grape">
                  {valueScore}
                </Badge>
              ) : undefined
            }
          >
            {t('economics.value.title')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="investments">
          <InvestmentsPanel
            accountId={account.id}
            baseCurrency={baseCurrency}
            canWrite={may.recordInvestment}
          />
        </Tabs.Panel>
        <Tabs.Panel value="returns">
          <ReturnsPanel accountId={account.id} baseCurrency={baseCurrency} canWrite={may.recordReturns} />
        </Tabs.Panel>
        <Tabs.Panel value="value">
          <ValueEventsPanel
            accountId={account.id}
            baseCurrency={baseCurrency}
            canWrite={may.recordValueEvent}
            canSetEquivalent={may.setEquivalent}
          />
        </Tabs.Panel>
      </Tabs>
    </Paper>
  );
}
