import { describe, expect, it } from 'vitest';
import { orderedIdPrefix, orderedImportId, rowIdPrefix } from './ordered-ids';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('time-ordered ids of an import and its rows', () => {
  it('are UUID version 7 starting with the time in milliseconds', () => {
    // 2026-01-01T00:00:00.000Z is 1767225600000 ms = 0x019b76daa800.
    const id = orderedImportId(new Date('2026-01-01T00:00:00.000Z'));
    expect(id).toMatch(uuid);
    expect(id.slice(0, 13)).toBe('019b76da-a800');
    expect(id.endsWith('-000000000000')).toBe(true);
  });

  it('give the rows of each import a prefix of its own', () => {
    const now = new Date('2026-01-01T00:00:00.000Z');
    const a = orderedImportId(now);
    expect(rowIdPrefix(a)).toBe(a.slice(0, 24));
    expect(`${rowIdPrefix(a)}000000000002`).toMatch(uuid);
    // Two imports of the same millisecond differ in their random bits, so their rows' ids never meet.
    const prefixes = new Set(Array.from({ length: 50 }, () => orderedIdPrefix(now)));
    expect(prefixes.size).toBe(50);
  });
});
