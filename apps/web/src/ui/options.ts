import { useTranslation } from 'react-i18next';

/** Select options for a list of enum values, labelled through `prefix.value` in the dictionary. */
export function useOptions(values: readonly string[], prefix: string): { value: string; label: string }[] {
  const { t } = useTranslation();
  return values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
}
