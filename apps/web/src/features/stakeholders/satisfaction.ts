/** The colour of a latest satisfaction reading (0–10): red below 5, amber 5–6, green 7 and up, grey none. */
export type Mood = 'unhappy' | 'lukewarm' | 'satisfied' | 'unknown';

export function moodOf(score: number | null | undefined): Mood {
  if (score === null || score === undefined) return 'unknown';
  if (score < 5) return 'unhappy';
  if (score < 7) return 'lukewarm';
  return 'satisfied';
}

export const moodColor: Record<Mood, string> = {
  unhappy: 'red',
  lukewarm: 'orange',
  satisfied: 'teal',
  unknown: 'gray',
};

/** Solid and tint colours for the cards of the org chart (CSS variables of the Mantine palette). */
export function moodPaint(mood: Mood): { solid: string; tint: string } {
  const c = moodColor[mood];
  return { solid: `var(--mantine-color-${c}-6)`, tint: `var(--mantine-color-${c}-0)` };
}

export const percent = (share: number | null | undefined): string =>
  share === null || share === undefined ? '—' : `${Math.round(share * 100)}%`;
