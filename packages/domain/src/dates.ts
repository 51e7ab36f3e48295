/** Calendar dates travel as ISO strings (YYYY-MM-DD); they compare correctly as strings. */
export type IsoDate = string;

export function isoDate(at: Date): IsoDate {
  return at.toISOString().slice(0, 10);
}

/** True when `day` lies within [from, to]; an open `to` means "still going". */
export function withinPeriod(day: IsoDate, from: IsoDate, to: IsoDate | null): boolean {
  return from <= day && (to === null || day <= to);
}
