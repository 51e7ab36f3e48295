import { useTranslation } from 'react-i18next';

/** A month (YYYY-MM) in the UI language: "Nov 2026", "нояб. 2026 г.". */
export function useMonthLabel(): (month: string, style?: 'short' | 'long') => string {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'ru' ? 'ru-RU' : 'en-GB';
  return (month, style = 'short') => {
    const d = new Date(`${month}-01T00:00:00Z`);
    if (Number.isNaN(d.getTime())) return month;
    return d.toLocaleDateString(locale, { month: style, year: 'numeric', timeZone: 'UTC' });
  };
}

/** Hours as people read them: whole hours stay whole, others keep one decimal. */
export function hours(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
