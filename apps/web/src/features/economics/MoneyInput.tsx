import { Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CurrencySelect } from './CurrencySelect';
import type { Parsed } from './decimalInput';

type Props = {
  label: string;
  description?: string;
  amount: string;
  currency: string;
  onAmount: (value: string) => void;
  onCurrency: (value: string) => void;
  error?: string;
  currencyError?: string;
  required?: boolean;
  currencyDisabled?: boolean;
  testId?: string;
};

/** An amount typed as a decimal in the UI's way of writing numbers, and its currency. */
export function MoneyInput({
  label,
  description,
  amount,
  currency,
  onAmount,
  onCurrency,
  error,
  currencyError,
  required,
  currencyDisabled,
  testId,
}: Props) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <TextInput
        label={label}
        description={description}
        required={required}
        inputMode="decimal"
        value={amount}
        onChange={(e) => onAmount(e.currentTarget.value)}
        error={error}
        style={{ flex: 1 }}
        data-testid={testId}
      />
      <CurrencySelect
        label={t('economics.currency')}
        value={currency}
        onChange={onCurrency}
        error={currencyError}
        disabled={currencyDisabled}
        w={120}
        data-testid={testId ? `${testId}-currency` : undefined}
      />
    </Group>
  );
}

/** The message for a money or decimal field that did not parse. */
export function useParseMessage() {
  const { t } = useTranslation();
  return (result: Parsed<unknown>): string | undefined =>
    result.ok
      ? undefined
      : result.error === 'decimals'
        ? t('economics.form.tooManyDecimals')
        : result.error === 'negative'
          ? t('economics.form.negative')
          : t('economics.form.notNumber');
}
