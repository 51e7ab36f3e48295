/** One changed field of an audited record: what it was and what it became. */
export type FieldChange = { before: unknown; after: unknown };
export type Changes = Record<string, FieldChange>;

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  // Arrays and plain objects (tags, settings) compare by content.
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null) {
    return JSON.stringify(a) === JSON.stringify(b);
  }
  return false;
}

/**
 * The fields of `after` that differ from `before`. Only keys present in `after` count, so a partial
 * update records exactly what it changed; `ignore` drops bookkeeping fields (version, timestamps).
 */
export function diffFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
  ignore: readonly string[] = ['version', 'updatedAt', 'createdAt'],
): Changes {
  const changes: Changes = {};
  for (const [key, value] of Object.entries(after)) {
    if (ignore.includes(key) || value === undefined) continue;
    const old = before === null ? null : (before[key] ?? null);
    if (!same(old, value)) changes[key] = { before: old, after: value };
  }
  return changes;
}
