import { type ComboboxItem, type OptionsFilter, Select } from '@mantine/core';
import { isKnownCurrency } from '@vested/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf } from './money';

type Props = {
  label?: string;
  description?: string;
  value: string | null;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
  disabled?: boolean;
  placeholder?: string;
  'aria-label'?: string;
  w?: number | string;
  'data-testid'?: string;
};

/**
 * ISO 4217 currencies the domain knows the minor unit of. The field shows the code (it is narrow); the
 * list shows the name in the UI language, and a search finds either.
 */
export function CurrencySelect({ label, value, onChange, ...rest }: Props) {
  const { t, i18n } = useTranslation();
  const names = useMemo(() => {
    const display = new Intl.DisplayNames([localeOf(i18n.language)], { type: 'currency' });
    return new Map(
      Intl.supportedValuesOf('currency')
        .filter(isKnownCurrency)
        .map((code) => [code, display.of(code) ?? code]),
    );
  }, [i18n.language]);
  const data = useMemo(() => [...names.keys()].map((code) => ({ value: code, label: code })), [names]);
  const filter: OptionsFilter = ({ options, search }) => {
    const q = search.trim().toLowerCase();
    return (options as ComboboxItem[]).filter(
      (o) => !q || o.value.toLowerCase().includes(q) || (names.get(o.value) ?? '').toLowerCase().includes(q),
    );
  };
  return (
    <Select
      label={label ?? t('economics.currency')}
      searchable
      allowDeselect={false}
      data={data}
      value={value}
      onChange={(v) => v && onChange(v)}
      filter={filter}
      renderOption={({ option }) => `${option.value} — ${names.get(option.value) ?? ''}`}
      comboboxProps={{ width: 280, position: 'bottom-start' }}
      {...rest}
    />
  );
}
