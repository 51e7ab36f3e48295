import type { AccountEconomics, EconomicsQuery } from '@vested/contracts';
import {
  type AccountObjective,
  accountFigures,
  addMonths,
  assessObjective,
  convert,
  firstDayOf,
  type IsoDate,
  lastDayOf,
  ledgerFromMonthly,
  MissingRate,
  monthlyReturns,
  monthOf,
  objectiveMeasures,
  parseDecimal,
  timeToFirstResult,
  trailingFigures,
  trailingTwelveMonths,
  unvaluedCurrency,
  yearOverYear,
} from '@vested/domain';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import type { SignedIn } from '../../http/authenticate';
import { loadAccountFor } from '../accounts/queries';
import { firstUnvaluedDay, loadFacts } from './account-economics-facts';
import { num } from './rollup-store';
import { domainSettings, loadSettingsRow } from './settings';

/** The default "as of": the last complete month (a month's return is known once the month is over). */
export const lastCompleteMonth = (today: IsoDate) => addMonths(monthOf(today), -1);

/** Invested, returned, ROI, curves, payback, trailing year, objective and first result of one account. */
export async function accountEconomics(
  db: Db,
  actor: SignedIn,
  accountId: string,
  query: z.output<typeof EconomicsQuery>,
  today: IsoDate,
): Promise<AccountEconomics> {
  const { account } = await loadAccountFor(db, actor, accountId, 'readEconomics', today);
  const to = query.to ?? lastCompleteMonth(today);
  const asOf = lastDayOf(to);
  // Independent reads side by side: on a pool, two connections answer at once.
  const [settingsRow, facts] = await Promise.all([loadSettingsRow(db), loadFacts(db, accountId, to)]);
  const settings = domainSettings(settingsRow);
  const firstMonth = [
    ...facts.sums.map((s) => s.month),
    account.startedOn ? monthOf(account.startedOn) : to,
  ].sort()[0]!;
  const from = query.from ?? (firstMonth < to ? firstMonth : addMonths(to, -11));
  // Only what the figures read must convert: the period, and the two trailing years behind "as of".
  const earliest = [from, addMonths(to, -23)].sort()[0]!;
  const sums = facts.sums.filter((s) => s.month >= earliest);
  const unvalued = sums.find((s) => s.currency === unvaluedCurrency);
  if (unvalued) await firstUnvaluedDay(db, accountId, unvalued.month);

  const base = settings.baseCurrency;
  const events = facts.events.map((e) => {
    let equivalent: number | null = null;
    if (e.amount !== null && e.currency !== null) {
      if (e.currency === base) equivalent = num(e.amount);
      else if (e.rate)
        equivalent = convert(
          { amount: num(e.amount), currency: e.currency },
          parseDecimal(e.rate),
          base,
        ).amount;
      else throw new MissingRate(e.currency, monthOf(e.date));
    }
    return { date: e.date, kind: e.kind, score: e.score, moneyEquivalent: equivalent };
  });
  const ledger = ledgerFromMonthly(
    base,
    sums.map((s) => ({ ...s, base: s.base === null ? null : num(s.base) })),
    events,
  );

  const basis = settings.returnBasis;
  const figures = accountFigures(ledger, { from: firstDayOf(from), to: asOf }, basis);
  const ttm = trailingFigures(ledger, asOf, basis);
  const yoy = yearOverYear(ledger, asOf, basis);
  const objective = assessObjective(
    account.objective as AccountObjective,
    objectiveMeasures(ledger, asOf, basis),
    settings.targets,
    settings.annualInflation,
  );
  const first = account.startedOn
    ? timeToFirstResult({
        rule: settings.firstResultRule,
        start: account.startedOn,
        asOf,
        firstFollowOnWonOn: null, // opportunities come with a later issue
        initialMonthlyLevel: null, // per-account terms come with a later issue
        monthlyReturns: monthlyReturns(ledger, basis),
      })
    : null;
  const trailing = trailingTwelveMonths(asOf);
  return {
    accountId,
    currency: base,
    basis,
    period: figures.period,
    asOf,
    invested: {
      total: figures.invested.total,
      byKind: figures.invested.byKind,
      byPerson: figures.invested.byPerson.map((p) => ({
        ...p,
        name: (p.personId && facts.names.get(p.personId)) || null,
      })),
    },
    returned: figures.returned,
    net: figures.net,
    roiMultiple: figures.roiMultiple,
    value: figures.value,
    monthly: figures.monthly,
    paybackDate: figures.paybackDate,
    trailingTwelveMonths: {
      ...trailing,
      invested: ttm.invested.total,
      returned: ttm.returned.total,
      net: ttm.net,
      roiMultiple: ttm.roiMultiple,
    },
    yearOverYear: { current: yoy.current, previous: yoy.previous, change: yoy.change, growth: yoy.growth },
    objective,
    firstResult: !first
      ? {
          reached: false,
          rule: settings.firstResultRule,
          date: null,
          days: 0,
          reason: 'The account has no start date',
        }
      : first.reached
        ? { reached: true, rule: first.rule, date: first.date, days: first.days, reason: null }
        : {
            reached: false,
            rule: first.rule,
            date: null,
            days: first.daysSoFar,
            reason: first.reason.message,
          },
  };
}
