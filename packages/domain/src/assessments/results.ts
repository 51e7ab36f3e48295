import { roiMultiple } from '../economics/figures';
import type { ObjectiveStatus } from '../economics/objective-terms';
import type { AccountObjective } from '../roles';

/** What Vested holds of one account the person managed during the period. */
export type ManagedAccountFacts = {
  accountId: string;
  name: string;
  objective: AccountObjective;
  /** Days of the period the person was its account manager. */
  heldDays: number;
  /** Its status by its own objective as of the period's end; null when it cannot be judged yet. */
  status: ObjectiveStatus | null;
  /**
   * Base-currency minor units over the period and over the equally long period just before it; null
   * when the figures cannot be computed (e.g. an exchange rate is missing).
   */
  figures: {
    invested: number;
    returned: number;
    previousInvested: number;
    previousReturned: number;
  } | null;
  /** Cement (share of active contacts satisfied, 0..1) on the period's first and last day. */
  cementStart: number | null;
  cementEnd: number | null;
};

export type Trend = 'up' | 'down' | 'flat' | 'unknown';
export type NotMeasured = { measured: false; reason: string };

export type ManagerResults = {
  accounts: number;
  objectives: {
    onTrack: number;
    atRisk: number;
    offTrack: number;
    notJudged: number;
    /** on track / judged accounts, 0..1; null when none could be judged. */
    metShare: number | null;
  };
  roi: {
    invested: number;
    returned: number;
    multiple: number | null;
    previousInvested: number;
    previousReturned: number;
    previousMultiple: number | null;
    change: number | null;
    trend: Trend;
    accountsCounted: number;
  };
  cement: {
    start: number | null;
    end: number | null;
    change: number | null;
    trend: Trend;
    accountsCounted: number;
  };
  problemsResolved: NotMeasured;
  opportunitiesWon: NotMeasured;
};

/** A change smaller than this either way is "flat": 0.05 of ROI multiple, 5 points of cement. */
export const TREND_THRESHOLD = 0.05;

function trendOf(change: number | null): Trend {
  if (change === null) return 'unknown';
  if (change > TREND_THRESHOLD) return 'up';
  if (change < -TREND_THRESHOLD) return 'down';
  return 'flat';
}

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

/**
 * An account manager's measured results over a period, across the accounts they managed in it:
 * - objectives: each account's status by its own objective as of the period's end, counted;
 * - ROI: pooled over the accounts (Σ returned / Σ invested, so a large account weighs more, as in the
 *   portfolio), for the period and for the equally long period before it; the trend compares the two;
 * - cement: the mean over accounts of the cement share on the period's last day against its first day
 *   (each account counts once, whatever its number of contacts); accounts without contacts on either
 *   day are left out;
 * - problems resolved and opportunities won: not recorded in Vested yet, and said so.
 */
export function managerResults(accounts: readonly ManagedAccountFacts[]): ManagerResults {
  const count = (s: ObjectiveStatus) => accounts.filter((a) => a.status === s).length;
  const onTrack = count('on_track');
  const atRisk = count('at_risk');
  const offTrack = count('off_track');
  const judged = onTrack + atRisk + offTrack;

  const withFigures = accounts.flatMap((a) => (a.figures ? [a.figures] : []));
  const sum = (k: keyof NonNullable<ManagedAccountFacts['figures']>) =>
    withFigures.reduce((s, f) => s + f[k], 0);
  const invested = sum('invested');
  const returned = sum('returned');
  const previousInvested = sum('previousInvested');
  const previousReturned = sum('previousReturned');
  const multiple = roiMultiple(returned, invested);
  const previousMultiple = roiMultiple(previousReturned, previousInvested);
  const roiChange =
    multiple === null || previousMultiple === null ? null : round4(multiple - previousMultiple);

  const withCement = accounts.filter((a) => a.cementStart !== null && a.cementEnd !== null);
  const mean = (pick: (a: ManagedAccountFacts) => number) =>
    withCement.length === 0 ? null : round4(withCement.reduce((s, a) => s + pick(a), 0) / withCement.length);
  const start = mean((a) => a.cementStart!);
  const end = mean((a) => a.cementEnd!);
  const cementChange = start === null || end === null ? null : round4(end - start);

  return {
    accounts: accounts.length,
    objectives: {
      onTrack,
      atRisk,
      offTrack,
      notJudged: accounts.length - judged,
      metShare: judged === 0 ? null : round4(onTrack / judged),
    },
    roi: {
      invested,
      returned,
      multiple,
      previousInvested,
      previousReturned,
      previousMultiple,
      change: roiChange,
      trend: trendOf(roiChange),
      accountsCounted: withFigures.length,
    },
    cement: {
      start,
      end,
      change: cementChange,
      trend: trendOf(cementChange),
      accountsCounted: withCement.length,
    },
    problemsResolved: {
      measured: false,
      reason: 'Not yet measured: client problems are not recorded in Vested yet',
    },
    opportunitiesWon: {
      measured: false,
      reason: 'Not yet measured: opportunities are not recorded in Vested yet',
    },
  };
}
