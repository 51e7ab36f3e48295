import { isKnownCurrency, minorUnitExponent, toDecimalString } from '@vested/domain';
import { useTranslation } from 'react-i18next';

export const localeOf = (language: string) => (language === 'ru' ? 'ru-RU' : 'en-GB');

/**
 * Money and ratios in the UI language. Amounts arrive as integer minor units; they are printed from
 * their exact decimal text (Intl formats a numeric string without going through a float), so a figure
 * on screen is the server's figure to the cent. Only chart geometry and compact axis labels use floats.
 */
export function useMoney() {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const exponent = (currency: string) => (isKnownCurrency(currency) ? minorUnitExponent(currency) : 2);

  const money = (amount: number, currency: string): string => {
    const digits = exponent(currency);
    const text = isKnownCurrency(currency)
      ? toDecimalString(amount, currency)
      : (amount / 10 ** digits).toFixed(digits);
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(text as Intl.StringNumericLiteral);
  };

  return {
    locale,
    money,
    /** Short money for axes and bubbles: "$12K", "1,2 млн $". */
    compact(amount: number, currency: string): string {
      return new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        currencyDisplay: 'narrowSymbol',
        notation: 'compact',
        maximumFractionDigits: 1,
      }).format(amount / 10 ** exponent(currency));
    },
    /**
     * The ROI multiple, truncated (never rounded up) to two decimals, so 1.1999 reads 1.19 and never
     * looks as if it met a target of 1.20 that it missed. `null` (nothing invested) is "not defined".
     */
    roi(multiple: number | null): string {
      if (multiple === null) return t('economics.roiUndefined');
      const text = new Intl.NumberFormat(locale, {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
        roundingMode: 'trunc',
      }).format(multiple);
      return `${text}×`;
    },
    /** A fraction as a percent with at most one decimal: 0.125 → 12.5 %. */
    percent(fraction: number, signed = false): string {
      return new Intl.NumberFormat(locale, {
        style: 'percent',
        maximumFractionDigits: 1,
        signDisplay: signed ? 'exceptZero' : 'auto',
      }).format(fraction);
    },
    number(value: number, digits = 2): string {
      return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
    },
    /** "Mar 2025" / "мар. 2025" for a YYYY-MM month. */
    month(month: string, style: 'short' | 'long' = 'short'): string {
      const d = new Date(`${month}-01T00:00:00Z`);
      if (Number.isNaN(d.getTime())) return month;
      return d.toLocaleDateString(locale, { month: style, year: 'numeric', timeZone: 'UTC' });
    },
    /** "Mar 25" for chart axes. */
    monthTick(month: string): string {
      const d = new Date(`${month}-01T00:00:00Z`);
      if (Number.isNaN(d.getTime())) return month;
      return d.toLocaleDateString(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
    },
  };
}
export type MoneyFormat = ReturnType<typeof useMoney>;
