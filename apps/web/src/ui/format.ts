import { useTranslation } from 'react-i18next';

/** Dates in the UI language: `date` for calendar dates (YYYY-MM-DD), `dateTime` for timestamps. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'ru' ? 'ru-RU' : 'en-GB';
  return {
    date(value: string | null | undefined): string {
      if (!value) return '—';
      const d = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
      if (Number.isNaN(d.getTime())) return value;
      return d.toLocaleDateString(locale, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        timeZone: 'UTC',
      });
    },
    dateTime(value: string | null | undefined): string {
      if (!value) return '—';
      const d = new Date(value);
      if (Number.isNaN(d.getTime())) return value;
      return d.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
    },
  };
}

/** Today as YYYY-MM-DD in the local calendar. */
export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
