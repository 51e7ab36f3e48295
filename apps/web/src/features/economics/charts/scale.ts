/** Chart geometry: pixels from values. Display only — no figure shown as text is computed here. */

/** About `count` round tick values covering [min, max] (steps of 1, 2, 2.5 or 5 × 10ⁿ). */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0];
  if (min === max) {
    if (min === 0) return [0, 1];
    [min, max] = min < 0 ? [min, 0] : [0, max];
  }
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const first = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let v = first; v <= max + step * 1e-9; v += step) ticks.push(Math.round(v / step) * step);
  if (ticks[ticks.length - 1]! < max) ticks.push(ticks[ticks.length - 1]! + step);
  return ticks;
}

/** A linear map of the domain [d0, d1] onto the pixel range [r0, r1]. */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/** Show every k-th label so that labels of `labelWidth` px fit into `width` px. */
export function labelStride(count: number, width: number, labelWidth: number): number {
  if (count <= 0) return 1;
  return Math.max(1, Math.ceil((count * labelWidth) / Math.max(1, width)));
}
