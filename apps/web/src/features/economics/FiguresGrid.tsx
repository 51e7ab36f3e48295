import { Paper, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import type { AccountEconomics } from '@vested/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/format';
import { useMoney } from './money';
import { useReasonText } from './reasons';

function Figure({
  label,
  value,
  hint,
  testId,
  color,
  tip,
}: {
  label: string;
  value: ReactNode;
  hint: ReactNode;
  testId: string;
  color?: string;
  tip?: string;
}) {
  const body = (
    <Paper withBorder p="md" radius="md" h="100%">
      <Stack gap={2}>
        <Text size="xs" c="dimmed" fw={600} tt="uppercase">
          {label}
        </Text>
        <Text fz={24} fw={700} lh={1.25} c={color} data-testid={testId} style={{ whiteSpace: 'nowrap' }}>
          {value}
        </Text>
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      </Stack>
    </Paper>
  );
  return tip ? (
    <Tooltip label={tip} multiline w={300} openDelay={300}>
      <div>{body}</div>
    </Tooltip>
  ) : (
    body
  );
}

/** The account's figures at a glance: the period's totals, then the trailing year and milestones. */
export function FiguresGrid({ data }: { data: AccountEconomics }) {
  const { t } = useTranslation();
  const f = useMoney();
  const format = useFormat();
  const reasons = useReasonText();
  const c = data.currency;
  const m = (amount: number) => f.money(amount, c);
  const ttm = data.trailingTwelveMonths;
  const yoy = data.yearOverYear;
  const first = data.firstResult;
  const period = t('economics.periodRange', {
    from: format.date(data.period.from),
    to: format.date(data.period.to),
  });

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md" data-testid="economics-figures">
      <Figure
        label={t('economics.invested')}
        value={m(data.invested.total)}
        hint={period}
        testId="figure-invested"
      />
      <Figure
        label={t('economics.returned')}
        value={m(data.returned.total)}
        testId="figure-returned"
        hint={
          data.basis === 'margin'
            ? t('economics.marginHint', {
                revenue: m(data.returned.revenue),
                cost: m(data.returned.deliveryCost),
              })
            : t('economics.revenueHint')
        }
      />
      <Figure
        label={t('economics.net')}
        value={m(data.net)}
        testId="figure-net"
        color={data.net < 0 ? 'red.7' : undefined}
        hint={t('economics.netHint')}
      />
      <Figure
        label={t('economics.roi')}
        value={f.roi(data.roiMultiple)}
        testId="figure-roi"
        hint={data.roiMultiple === null ? t('economics.roiUndefinedHint') : t('economics.roiHint')}
      />
      <Figure
        label={t('economics.ttm')}
        value={f.roi(ttm.roiMultiple)}
        testId="figure-ttm"
        hint={t('economics.ttmHint', { invested: m(ttm.invested), returned: m(ttm.returned) })}
        tip={t('economics.ttmTip', { from: format.date(ttm.from), to: format.date(ttm.to) })}
      />
      <Figure
        label={t('economics.yoy')}
        value={yoy.growth === null ? t('economics.notComparable') : f.percent(yoy.growth, true)}
        testId="figure-yoy"
        color={yoy.growth === null ? 'dimmed' : yoy.growth < 0 ? 'red.7' : 'teal.8'}
        hint={t('economics.yoyHint', { current: m(yoy.current), previous: m(yoy.previous) })}
      />
      <Figure
        label={t('economics.payback')}
        value={data.paybackDate ? format.date(data.paybackDate) : t('economics.notYet')}
        testId="figure-payback"
        color={data.paybackDate ? undefined : 'dimmed'}
        hint={data.paybackDate ? t('economics.paybackHint') : t('economics.noPaybackHint')}
      />
      <Figure
        label={t('economics.firstResult.title')}
        value={
          first.reached || first.days > 0
            ? t('economics.firstResult.days', { count: first.days })
            : t('economics.notYet')
        }
        testId="figure-first-result"
        color={first.reached ? undefined : 'dimmed'}
        hint={
          first.reached && first.date
            ? t('economics.firstResult.reachedOn', { date: format.date(first.date) })
            : t('economics.firstResult.notReached', { reason: reasons.firstResult(first.reason) ?? '' })
        }
        tip={t(
          `economics.firstResult.rule.${first.rule === 'return_above_initial' ? 'return_above_initial' : 'follow_on_work'}`,
        )}
      />
    </SimpleGrid>
  );
}
