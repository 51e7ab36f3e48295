import { describe, expect, it } from 'vitest';
import { coalesced } from './coalesce';

/** Work whose runs we finish by hand; each run remembers when it started (a step counter). */
function controlledWork() {
  let clock = 0;
  const runs: { startedAt: number; finish: (v: number) => void; fail: (e: Error) => void }[] = [];
  const work = () =>
    new Promise<number>((finish, fail) => {
      const startedAt = ++clock;
      runs.push({ startedAt, finish: () => finish(startedAt), fail });
    });
  return { runs, work, tick: () => ++clock };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('coalesced work', () => {
  it('answers callers who arrive during a run with the next run, which starts after they asked', async () => {
    const run = coalesced<number>();
    const { runs, work, tick } = controlledWork();
    const first = run('2026-05', work);
    await settle();
    expect(runs).toHaveLength(1);
    // Three callers arrive while run 1 is under way (step 2, 3, 4): none may get run 1's answer.
    const arrivals = [tick(), tick(), tick()];
    const later = [run('2026-05', work), run('2026-05', work), run('2026-05', work)];
    await settle();
    expect(runs).toHaveLength(1);
    runs[0]!.finish(0);
    expect(await first).toBe(1);
    await settle();
    // One more run for all three, started (step 5) after the last of them asked.
    expect(runs).toHaveLength(2);
    expect(runs[1]!.startedAt).toBeGreaterThan(Math.max(...arrivals));
    runs[1]!.finish(0);
    expect(await Promise.all(later)).toEqual([5, 5, 5]);
  });

  it('runs different keys independently, and again once idle', async () => {
    const run = coalesced<number>();
    const { runs, work } = controlledWork();
    const a = run('2026-05', work);
    const b = run('2026-04', work);
    await settle();
    expect(runs).toHaveLength(2);
    runs[0]!.finish(0);
    runs[1]!.finish(0);
    expect([await a, await b]).toEqual([1, 2]);
    const c = run('2026-05', work);
    await settle();
    runs[2]!.finish(0);
    expect(await c).toBe(3);
  });

  it('gives a failure to the callers of that run only', async () => {
    const run = coalesced<number>();
    const { runs, work } = controlledWork();
    const failing = run('k', work);
    await settle();
    const next = run('k', work);
    runs[0]!.fail(new Error('missing EUR rate for 2026-05'));
    await expect(failing).rejects.toThrow(/EUR/);
    await settle();
    runs[1]!.finish(0);
    expect(await next).toBe(2);
  });
});
