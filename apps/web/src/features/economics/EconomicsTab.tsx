import { Grid, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { AccountDetail } from '@vested/contracts';
import { addMonths, monthOf } from '@vested/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso, useFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { BreakdownChart } from './charts/BreakdownChart';
import { CumulativeChart } from './charts/CumulativeChart';
import { MonthlyBarsChart } from './charts/MonthlyBarsChart';
import { EconomicsEmpty } from './EconomicsEmpty';
import { EntriesPanel } from './EntriesPanel';
import { economicsQuery, type Period, settingsQuery } from './economicsQueries';
import { FiguresGrid } from './FiguresGrid';
import { ObjectivePanel } from './ObjectivePanel';
import { useEconomicsPermissions } from './permissions';
import { RateProblemAlert } from './RateProblemAlert';
import { TierPanel } from './TierPanel';

const kindColor: Record<string, string> = {
  labor: 'var(--mantine-color-orange-6)',
  travel: 'var(--mantine-color-grape-6)',
  business_study: 'var(--mantine-color-indigo-6)',
  organizational: 'var(--mantine-color-cyan-7)',
  other: 'var(--mantine-color-gray-6)',
};

type Span = 'all' | '24' | '12';

/** The period asked for: everything, or the last 12 / 24 complete months. */
function periodOf(span: Span): Period {
  if (span === 'all') return {};
  const to = addMonths(monthOf(todayIso()), -1);
  return { from: addMonths(to, -(Number(span) - 1)), to };
}

/** The account as an investment: what went in, what came back, against its objective; and the entries. */
export function EconomicsTab({ account }: { account: AccountDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const may = useEconomicsPermissions(account);
  const [span, setSpan] = useState<Span>('all');
  const { data, error, isPending } = useQuery(economicsQuery(account.id, periodOf(span)));
  const { data: settings } = useQuery(settingsQuery);

  const empty =
    !!data &&
    data.invested.total === 0 &&
    data.returned.months === 0 &&
    data.value.events === 0 &&
    span === 'all';
  const currency = data?.currency ?? settings?.baseCurrency ?? 'USD';

  return (
    <Stack gap="lg" data-testid="economics-tab">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <SegmentedControl
          value={span}
          onChange={(v) => setSpan(v === '12' || v === '24' ? v : 'all')}
          aria-label={t('economics.period')}
          data={[
            { value: 'all', label: t('economics.span.all') },
            { value: '24', label: t('economics.span.24') },
            { value: '12', label: t('economics.span.12') },
          ]}
          data-testid="economics-span"
        />
        {data && (
          <Text size="sm" c="dimmed" data-testid="economics-basis">
            {t(data.basis === 'margin' ? 'economics.basisMargin' : 'economics.basisRevenue', {
              currency: data.currency,
              asOf: format.date(data.asOf),
            })}
          </Text>
        )}
      </Group>

      {error && <RateProblemAlert error={error} />}
      {isPending && <Loading />}
      {empty && <EconomicsEmpty account={account} may={may} baseCurrency={currency} />}
      {data && !empty && (
        <>
          <FiguresGrid data={data} />
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <ObjectivePanel data={data} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <TierPanel account={account} />
            </Grid.Col>
          </Grid>
          <MonthlyBarsChart monthly={data.monthly} currency={currency} />
          <CumulativeChart monthly={data.monthly} currency={currency} paybackDate={data.paybackDate} />
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <BreakdownChart
                title={t('economics.byKind')}
                testId="by-kind"
                currency={currency}
                total={data.invested.total}
                empty={t('economics.nothingInvested')}
                rows={Object.entries(data.invested.byKind)
                  .filter(([, amount]) => amount !== 0)
                  .map(([kind, amount]) => ({
                    key: kind,
                    label: t(`economics.investmentKind.${kind}`),
                    amount,
                    color: kindColor[kind],
                  }))}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <BreakdownChart
                title={t('economics.byPerson')}
                testId="by-person"
                currency={currency}
                total={data.invested.total}
                empty={t('economics.nothingInvested')}
                rows={data.invested.byPerson
                  .filter((p) => p.amount !== 0)
                  .map((p) => ({
                    key: p.personId ?? 'none',
                    label: p.name ?? t('economics.noPerson'),
                    amount: p.amount,
                  }))}
              />
            </Grid.Col>
          </Grid>
        </>
      )}
      {empty && (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <TierPanel account={account} />
          </Grid.Col>
        </Grid>
      )}
      <EntriesPanel
        account={account}
        baseCurrency={currency}
        may={may}
        valueScore={data?.value.score ?? null}
      />
    </Stack>
  );
}
