import type { RowError } from '@vested/contracts';

const cell = (value: string | number): string => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The row errors as a CSV people open next to their file: line, column, reason, in the UI language.
 * It starts with a byte-order mark so that Excel reads the UTF-8 (Russian reasons, accented names).
 */
export function errorsCsv(
  errors: RowError[],
  header: [string, string, string],
  field: (name: string | null) => string,
  reason: (text: string) => string,
): string {
  const lines = [header, ...errors.map((e) => [e.line, field(e.field), reason(e.reason)] as const)];
  return `\uFEFF${lines.map((l) => l.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** Saves text as a file through a temporary link (no server round trip: the report is already here). */
export function downloadText(text: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
