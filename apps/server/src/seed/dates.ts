/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so that no time zone shifts a day. */

function parse(iso: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`Expected a date as YYYY-MM-DD, got "${iso}"`);
  const at = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== iso) {
    throw new Error(`Not a calendar date: "${iso}"`);
  }
  return at;
}

const format = (at: Date): string => at.toISOString().slice(0, 10);

export function addDays(iso: string, days: number): string {
  const at = parse(iso);
  at.setUTCDate(at.getUTCDate() + days);
  return format(at);
}

/** Adds whole months, clamping to the month's last day (31 March − 1 month → 28/29 February). */
export function addMonths(iso: string, months: number): string {
  const at = parse(iso);
  const day = at.getUTCDate();
  at.setUTCDate(1);
  at.setUTCMonth(at.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 0)).getUTCDate();
  at.setUTCDate(Math.min(day, lastDay));
  return format(at);
}

export const minDate = (a: string, b: string): string => (a < b ? a : b);
export const maxDate = (a: string, b: string): string => (a > b ? a : b);

/** A timestamp within the day, for decision times (mid-morning UTC reads naturally everywhere). */
export const atMorning = (iso: string): string => `${parse(iso).toISOString().slice(0, 10)}T09:30:00.000Z`;

export function assertIsoDate(iso: string): void {
  parse(iso);
}
