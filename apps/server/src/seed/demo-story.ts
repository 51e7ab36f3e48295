import type { TeamRole } from '@vested/domain';

/**
 * The history of the demo portfolio: who sponsors which key account, who changed seats, and why the
 * director made each tier and phase decision. Keys refer to demo-people.ts and demo-accounts.ts.
 */

/** Executive sponsors of the key accounts. The director sponsors the article's own account. */
export const sponsors: Record<string, string> = {
  albion: 'director',
  nordlicht: 'headSales',
  meridian: 'director',
  sunridge: 'cto',
  rheinwerk: 'ceo',
  wildways: 'director',
};

/** Members placed on purpose before the rest of each team is drawn. */
export const fixedMembers: Record<string, [person: string, role: TeamRole][]> = {
  albion: [
    ['jonas', 'engineer'],
    ['arjun', 'engineer'],
    ['irina', 'solution_architect'],
  ],
  nordlicht: [['jonas', 'engineer']],
  solace: [['jonas', 'engineer']],
  wildways: [['tom', 'marketing']],
};

/** The member@ demo user (an engineer) is on these accounts' teams and no others. */
export const memberPersonKey = 'jonas';
export const memberAccountKeys = ['albion', 'nordlicht', 'solace'];

/** Accounts whose account manager changed once: the old seat ends the day before the new one starts. */
export const managerChanges: { account: string; previous: string; monthsAgo: number }[] = [
  { account: 'stonebridge', previous: 'marcus', monthsAgo: 10 },
  { account: 'castellan', previous: 'ingrid', monthsAgo: 14 },
];

/** Past stints on account teams (people who rotated off, or left the company). */
export const pastStints: { account: string; person: string; role: TeamRole; from: number; to: number }[] = [
  { account: 'nordlicht', person: 'greg', role: 'engineer', from: 38, to: 20 },
  { account: 'blueharbor', person: 'greg', role: 'engineer', from: 34, to: 21 },
  { account: 'albion', person: 'felix', role: 'solution_architect', from: 44, to: 30 },
  { account: 'rheinwerk', person: 'headDelivery', role: 'executive_sponsor', from: 45, to: 26 },
  { account: 'meridian', person: 'chloe', role: 'sales', from: 38, to: 33 },
  { account: 'atlas', person: 'mateo', role: 'engineer', from: 28, to: 12 },
];

/** Why each key account became key (decided `keyMonthsAgo` months before today). */
export const tierReasons: Record<string, string> = {
  albion:
    'Returned 1.5 on every 1 invested over the last year, the best multiple in the portfolio. The 4-month SharePoint project that reconciled IT and the business opened a second programme: the account deserves more AM and director time.',
  nordlicht:
    'Returned 1.45 on every 1 invested over the trailing 12 months and gross margin grew 38% year over year (top quartile). Three more business units have asked for proposals.',
  meridian:
    'Returned 1.38 on every 1 invested over the last year (top quartile); the CIO named us preferred vendor for the patient-portal programme.',
  sunridge:
    'Returned 1.6 on every 1 invested over the last 12 months, the highest among growth accounts, on a data platform the client now wants rolled out to three more sites.',
  rheinwerk:
    'A preservation account that has held its inflation-adjusted return within 2% for three years and brings 14% of company revenue. Key status to protect it, not to grow it.',
  wildways:
    'Image account: two published case studies, a joint conference talk and an award nomination in the last year — more reputation than any other account. A financial ROI of 0.8 is expected and accepted.',
};

/** Kestrel Media: key once, then demoted; moved to phase 2, then back to phase 1 after an escalation. */
export const kestrelHistory = {
  promoted: {
    monthsAgo: 13,
    reason:
      'Returned 1.35 on every 1 invested in its first full year, top quartile of the portfolio at the time.',
  },
  demoted: {
    monthsAgo: 3,
    reason:
      'Trailing ROI fell to 1.05 after the client moved its streaming platform in-house; no longer in the top quartile. Key-account time goes to accounts with a higher return.',
  },
  formed: {
    monthsAgo: 16,
    reason:
      'Cement at 75%: 6 of 8 contacts satisfied, both decision makers among them. Ready to propose the analytics work the Head of Product keeps mentioning.',
  },
  reverted: {
    monthsAgo: 4,
    reason:
      'Release 3.2 slipped two sprints and the Head of Product escalated. Back to meeting expectations until the delivery side of the trust triangle is repaired.',
  },
};

/** Phase-2 reasons written by hand; the other forming accounts get one composed from measured facts. */
export const phaseReasons: Record<string, string> = {
  albion:
    'Nine months of listening, business trips and quarterly presentations of results: every decision maker is satisfied with the delivered work (cement 82%). Time to form new expectations — starting with the clash between the IT programme and the business quick win.',
  rheinwerk:
    'Cement at 88% across 14 contacts and no escalation for a year. For a preservation account, phase 2 means proposing the SAP upgrade path before a competitor does.',
  wildways:
    'The trustees are delighted with the donor platform; the communications director offered a joint case study. Time to propose the volunteer app they keep talking about.',
};

export function composedPhaseReason(contacts: number, cementPercent: number, quietMonths: number): string {
  const satisfied = Math.round((contacts * cementPercent) / 100);
  const cement = Math.round((satisfied / contacts) * 100);
  return `Cement at ${cement}%: ${satisfied} of ${contacts} active contacts satisfied, including the decision makers. No open escalations for ${quietMonths} months and we understand how decisions are made — time to propose where else we can help.`;
}
