import { describe, expect, it } from 'vitest';
import { applyHandOver, managerOverlap, managerOverlapMessage, planHandOver } from './managers';

const alice = { id: 'a', personId: 'p-alice', from: '2025-01-10', to: '2026-06-14' };
const bob = { id: 'b', personId: 'p-bob', from: '2026-06-15', to: null };
const history = [alice, bob];

describe('exactly one account manager at a time, across history', () => {
  it('refuses a period that shares a single day with another manager', () => {
    expect(managerOverlap(history, { personId: 'p-carol', from: '2026-06-01', to: '2026-06-30' })).toBe(
      alice,
    );
    expect(managerOverlap(history, { personId: 'p-carol', from: '2024-01-01', to: '2025-01-10' })).toBe(
      alice,
    );
    expect(managerOverlap(history, { personId: 'p-carol', from: '2030-01-01', to: null })).toBe(bob);
  });

  it('accepts a past period nobody held', () => {
    expect(managerOverlap(history, { personId: 'p-carol', from: '2024-01-01', to: '2025-01-09' })).toBeNull();
    expect(managerOverlap([], { personId: 'p-carol', from: '2024-01-01', to: null })).toBeNull();
  });

  it('checks an edited stint against the others, not itself', () => {
    expect(managerOverlap(history, { ...alice, from: '2024-06-01' })).toBeNull();
    expect(managerOverlap(history, { ...alice, to: '2026-06-20' })).toBe(bob);
  });

  it('says who holds the role and when', () => {
    expect(managerOverlapMessage({ name: 'Bob', from: '2026-06-15', to: null })).toBe(
      'An account has one account manager at a time: Bob holds the role from 2026-06-15 with no end date. End that period first, or ask for a hand-over.',
    );
  });
});

describe('the hand-over', () => {
  it('ends the current manager yesterday and starts the next today', () => {
    const current = [{ id: 'a', personId: 'p-alice', from: '2025-01-10', to: null }];
    const plan = planHandOver(current, 'p-bob', '2026-06-15');
    expect(plan).toEqual({
      end: [{ id: 'a', to: '2026-06-14' }],
      remove: [],
      start: { personId: 'p-bob', from: '2026-06-15', to: null },
    });
    const after = applyHandOver(current, plan);
    expect(after).toEqual([
      { id: 'a', personId: 'p-alice', from: '2025-01-10', to: '2026-06-14' },
      { personId: 'p-bob', from: '2026-06-15', to: null },
    ]);
    expect(managerOverlap(after.slice(0, 1), after[1]!)).toBeNull();
  });

  it('removes a stint that began today instead of ending it before it started', () => {
    const plan = planHandOver([alice, bob], 'p-carol', '2026-06-15');
    expect(plan.remove).toEqual(['b']);
    expect(plan.end).toEqual([]);
    expect(applyHandOver([alice, bob], plan).map((s) => s.personId)).toEqual(['p-alice', 'p-carol']);
  });

  it('leaves the role empty when nobody is named', () => {
    const plan = planHandOver([bob], null, '2026-07-01');
    expect(plan).toEqual({ end: [{ id: 'b', to: '2026-06-30' }], remove: [], start: null });
  });

  it('a stint dated after today survives the plan and so shows up as an overlap', () => {
    const future = { id: 'f', personId: 'p-fut', from: '2026-09-01', to: null };
    const after = applyHandOver([bob, future], planHandOver([bob, future], 'p-carol', '2026-07-01'));
    const incoming = after.at(-1)!;
    expect(managerOverlap(after.slice(0, -1), incoming)).toBe(future);
  });
});
