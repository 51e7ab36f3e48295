import type { AccountEconomics } from '@vested/contracts';
import { useTranslation } from 'react-i18next';
import { useMoney } from './money';

type Reason = AccountEconomics['objective']['reasons'][number];
type Objective = AccountEconomics['objective']['objective'];

const knownCodes = new Set([
  'roi_on_target',
  'roi_near_target',
  'roi_below_target',
  'no_investment',
  'no_returns_yet',
  'return_growing',
  'return_not_growing',
  'no_prior_year_return',
  'no_level_to_preserve',
  'real_return_held',
  'real_return_slipping',
  'real_return_fell',
  'value_score_on_target',
  'value_score_near_target',
  'value_score_below_target',
  'no_value_events',
  'roi_below_one_expected',
  'missing_rate',
  'missing_cost_rate',
]);

/** The server's words for "not reached yet" (the contract carries only the English sentence). */
const firstResultReasons: Record<string, string> = {
  'No follow-on work won since the start yet': 'noFollowOn',
  "No month's return above the initial contract's monthly level yet": 'noReturnAboveInitial',
  "The initial contract's monthly level is not set": 'noInitialLevel',
  'The account has no start date': 'noStartDate',
};

/**
 * An objective's reasons in the UI language. The domain sends a code and its figures (`params`, with
 * money as "1234.56 USD" and shares as "5%"); the words come from the dictionary, the figures are
 * printed in the UI's locale. An unknown code falls back to the English sentence the server sent.
 */
export function useReasonText() {
  const { t } = useTranslation();
  const f = useMoney();

  const param = (key: string, value: string | number): string => {
    if (typeof value === 'number') return key === 'roi' ? f.roi(value) : f.number(value);
    const money = /^(-?\d+(?:\.\d+)?) ([A-Z]{3})$/.exec(value);
    if (money) {
      const [, amount, currency] = money;
      return new Intl.NumberFormat(f.locale, {
        style: 'currency',
        currency,
        currencyDisplay: 'narrowSymbol',
      }).format(amount as Intl.StringNumericLiteral);
    }
    const share = /^(-?\d+(?:\.\d+)?)%$/.exec(value);
    if (share) return f.percent(Number(share[1]) / 100);
    if (key === 'roi' && value !== '' && !Number.isNaN(Number(value))) return f.roi(Number(value));
    if (key === 'target' && !Number.isNaN(Number(value))) return f.number(Number(value));
    return value;
  };

  return {
    reason(r: Reason, objective: Objective): string {
      if (!knownCodes.has(r.code)) return r.message;
      const key =
        r.code === 'no_prior_year_return' && objective === 'preservation'
          ? 'no_prior_year_return_preservation'
          : r.code;
      const params = Object.fromEntries(Object.entries(r.params).map(([k, v]) => [k, param(k, v)]));
      return t(`economics.reason.${key}`, params);
    },
    firstResult(message: string | null): string | null {
      if (message === null) return null;
      const key = firstResultReasons[message];
      return key ? t(`economics.firstResult.${key}`) : message;
    },
  };
}
