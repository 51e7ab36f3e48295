/** The power/interest grid (Mendelow): influence is power, interest is interest in our work, both 1–5. */
export const quadrants = ['manage_closely', 'keep_satisfied', 'keep_informed', 'monitor'] as const;
export type Quadrant = (typeof quadrants)[number];

/** 4 and 5 are high; 1, 2 and 3 are low (a 3 is "average", which is not yet a reason to manage closely). */
export const HIGH_FROM = 4;

export function quadrantOf(influence: number, interest: number): Quadrant {
  const power = influence >= HIGH_FROM;
  const keen = interest >= HIGH_FROM;
  if (power) return keen ? 'manage_closely' : 'keep_satisfied';
  return keen ? 'keep_informed' : 'monitor';
}
