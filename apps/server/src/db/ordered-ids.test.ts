import { describe, expect, it } from 'vitest';
import { orderedIdPrefix, orderedImportId, rowIdPrefix, rowIdRange } from './ordered-ids';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('time-ordered ids of an import and its rows', () => {
  it('are UUID version 7 starting with the time in milliseconds', () => {
    // 2026-01-01T00:00:00.000Z is 1767225600000 ms = 0x019b76daa800.
    const id = orderedImportId(new Date('2026-01-01T00:00:00.000Z'));
    expect(id).toMatch(uuid);
    expect(id.slice(0, 13)).toBe('019b76da-a800');
    expect(id.endsWith('-000000000000')).toBe(true);
  });

  it('put the rows of an import in one range of ids that holds nothing of another import', () => {
    const now = new Date('2026-01-01T00:00:00.000Z');
    const a = orderedImportId(now);
    const range = rowIdRange(a)!;
    expect(range.from).toBe(`${rowIdPrefix(a)}000000000001`);
    expect(range.to).toBe(`${rowIdPrefix(a)}ffffffffffff`);
    // Two imports of the same millisecond differ in their random bits, so their ranges do not meet.
    const prefixes = new Set(Array.from({ length: 50 }, () => orderedIdPrefix(now)));
    expect(prefixes.size).toBe(50);
  });

  it('finds no range for an import from before (a random version-4 id)', () => {
    expect(rowIdRange('3f1c0b1e-9a1d-4c55-8f3e-2a7b9d1c4e60')).toBeNull();
  });
});
