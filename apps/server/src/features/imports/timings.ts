/**
 * Where an import's time goes, phase by phase (reading the file, checking rows, staging them, each
 * set-based statement, the commit). Printed to stderr when VESTED_IMPORT_TIMINGS is set — the imports
 * bench sets it — so a slow import can be taken apart without a profiler; otherwise it costs a few
 * clock reads per chunk.
 */
export class PhaseTimer {
  private last = performance.now();
  private readonly started = this.last;
  private readonly spent = new Map<string, number>();

  /** Counts the time since the previous mark to `phase`. */
  mark(phase: string): void {
    const now = performance.now();
    this.add(phase, now - this.last);
    this.last = now;
  }

  /** Counts `ms` to `phase` (phases measured piecewise, like the rows' checks chunk by chunk). */
  add(phase: string, ms: number): void {
    this.spent.set(phase, (this.spent.get(phase) ?? 0) + ms);
  }

  /** Restarts the running mark (after piecewise phases, so their time is not counted twice). */
  skip(): void {
    this.last = performance.now();
  }

  report(what: string): string {
    const parts = [...this.spent].map(([phase, ms]) => `${phase} ${(ms / 1000).toFixed(2)} s`);
    return `${what} in ${((performance.now() - this.started) / 1000).toFixed(2)} s: ${parts.join(', ')}`;
  }
}

export const timingsWanted = () => Boolean(process.env.VESTED_IMPORT_TIMINGS);
