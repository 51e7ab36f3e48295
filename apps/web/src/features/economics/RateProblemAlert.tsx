import { Alert, Stack, Text } from '@mantine/core';
import { IconCurrencyDollarOff } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { PersonDetail } from '@vested/contracts';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../lib/api';
import { useMe } from '../../lib/me';
import { AnchorLink } from '../../ui/AnchorLink';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFormat } from '../../ui/format';
import { useMoney } from './money';
import { canManageEconomics } from './permissions';

type Missing =
  | { kind: 'exchange'; currency: string; month: string }
  | { kind: 'cost'; personId: string; date: string; role?: string };

/** A 422 of a figure that needs a rate nobody entered: which one, or null for any other error. */
export function missingRateOf(error: unknown): Missing | null {
  if (!isApiError(error, 422) || !error.fields) return null;
  const { currency, month, personId, date, role } = error.fields;
  if (currency && month) return { kind: 'exchange', currency, month };
  if (personId && date) return { kind: 'cost', personId, date, ...(role && { role }) };
  return null;
}

/**
 * Why a figure cannot be shown, in words, and where to fix it: a figure is never computed with a
 * made-up rate. People who keep the books get a link to the rates screen with the form filled in.
 */
export function RateProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const me = useMe();
  const f = useMoney();
  const format = useFormat();
  const missing = missingRateOf(error);
  const personId = missing?.kind === 'cost' ? missing.personId : null;
  const person = useQuery({
    queryKey: ['people', 'one', personId],
    queryFn: () => api.get(`/api/v1/people/${personId}`, { schema: PersonDetail }),
    enabled: !!personId,
    staleTime: 60_000,
  });
  if (!missing) return <ErrorAlert error={error} />;
  const canFix = canManageEconomics(me);

  return (
    <Alert
      color="orange"
      icon={<IconCurrencyDollarOff size={18} />}
      title={
        missing.kind === 'exchange' ? t('economics.missing.exchangeTitle') : t('economics.missing.costTitle')
      }
      role="alert"
      data-testid="rate-problem"
    >
      <Stack gap={6}>
        <Text size="sm">
          {missing.kind === 'exchange'
            ? t('economics.missing.exchange', {
                currency: missing.currency,
                month: f.month(missing.month, 'long'),
              })
            : t('economics.missing.cost', {
                person: person.data?.name ?? t('economics.missing.somePerson'),
                date: format.date(missing.date),
              })}
        </Text>
        {canFix ? (
          <AnchorLink
            to="/settings/economics"
            search={
              missing.kind === 'exchange'
                ? { tab: 'exchange', currency: missing.currency, month: missing.month }
                : { tab: 'cost', personId: missing.personId, from: missing.date }
            }
            size="sm"
            fw={600}
            data-testid="rate-problem-link"
          >
            {missing.kind === 'exchange' ? t('economics.missing.toExchange') : t('economics.missing.toCost')}
          </AnchorLink>
        ) : (
          <Text size="sm" c="dimmed">
            {t('economics.missing.askFinance')}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
