import { asc, type Column, desc, type SQL } from 'drizzle-orm';

/** `-name` → name descending; the id tiebreak makes paging stable when values repeat. */
export function orderBy(sort: string, columns: Record<string, Column>, tiebreak: Column): SQL[] {
  const descending = sort.startsWith('-');
  const column = columns[descending ? sort.slice(1) : sort] ?? tiebreak;
  return [descending ? desc(column) : asc(column), asc(tiebreak)];
}

export function offsetOf(page: number, pageSize: number): number {
  return (page - 1) * pageSize;
}

/** `%` and `_` typed by a user are literal characters, not wildcards. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
