import { useTranslation } from 'react-i18next';

/** Ratios, shares and averages in the UI language ("×1.25" / "×1,25", "78%", "4.13" / "4,13"). */
export function useFigures() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'ru' ? 'ru-RU' : 'en-GB';
  const two = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return {
    multiple: (m: number | null) => (m === null ? '—' : `×${two.format(m)}`),
    pct: (share: number | null) => (share === null ? '—' : percent.format(share)),
    average: (a: number) => two.format(a),
    /** A change of a share in percentage points: "+58", "−4". */
    points: (change: number | null) =>
      change === null ? '' : `${change >= 0 ? '+' : '−'}${Math.round(Math.abs(change) * 100)}`,
  };
}
