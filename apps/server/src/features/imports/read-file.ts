import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { looksLikeVcard, readVcards, vcardCells, vcardCutOff, vcardHeader } from '@vested/domain';
import ExcelJS from 'exceljs';
import { CsvSplitter } from './csv-split';

/**
 * A file as rows of text cells, read as it streams in: CSV through csv-split.ts, XLSX through exceljs'
 * streaming WorkbookReader (first worksheet). Memory holds one chunk and one row at a time, never the
 * file. The format is told by the bytes (an XLSX is a zip: "PK\x03\x04"), not by the content type a
 * browser guessed; a CSV's delimiter by its header line (comma, semicolon — Excel in much of Europe — or
 * tab).
 */
export type FileRow = { line: number; cells: string[] };
export type Table = {
  format: 'csv' | 'xlsx' | 'vcf';
  delimiter: string | null;
  header: string[];
  /** The data rows after the header, a chunk's worth at a time; wholly empty rows are left out. */
  rows: AsyncIterable<FileRow[]>;
};

export class UnreadableFile extends Error {}

const zipMagic = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Excel 97–2003 (.xls) and other OLE compound files. */
const oleMagic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** Pulls chunks until `enough` says the head is long enough, and gives back a stream of the whole. */
async function peek(
  body: AsyncIterable<Buffer>,
  enough: (head: Buffer) => boolean,
): Promise<{ head: Buffer; whole: Readable }> {
  const it = body[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let head = Buffer.alloc(0);
  let done = false;
  while (!enough(head)) {
    const next = await it.next();
    if (next.done) {
      done = true;
      break;
    }
    chunks.push(Buffer.from(next.value));
    head = Buffer.concat(chunks);
  }
  async function* all() {
    if (head.length > 0) yield head;
    if (done) return;
    for (let next = await it.next(); !next.done; next = await it.next()) yield Buffer.from(next.value);
  }
  return { head, whole: Readable.from(all(), { objectMode: false }) };
}

/** The stream without whatever follows its last newline. */
async function* completeLines(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let pending = Buffer.alloc(0);
  for await (const chunk of source) {
    const joined = Buffer.concat([pending, Buffer.from(chunk)]);
    const end = joined.lastIndexOf(0x0a);
    if (end >= 0) yield joined.subarray(0, end + 1);
    pending = joined.subarray(end + 1);
  }
}

/** The delimiter that splits the first line most, quotes respected. */
export function sniffDelimiter(firstLine: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

const blank = (cells: string[]) => cells.every((c) => c.trim() === '');

/**
 * Reads the header row and hands back the rest as a stream of rows. `dropPartialLastLine`: the body is
 * a cut prefix of a longer CSV (the preview's first 64 KB), so what follows its last newline is dropped.
 */
export async function openTable(
  body: AsyncIterable<Buffer>,
  opts: { dropPartialLastLine?: boolean } = {},
): Promise<Table> {
  const { head, whole } = await peek(
    body,
    (h) => h.length >= 4 && (h.subarray(0, 4).equals(zipMagic) || h.includes(0x0a) || h.length > 1_048_576),
  );
  if (head.length === 0) throw new UnreadableFile('The file is empty');
  if (head.subarray(0, 4).equals(oleMagic))
    throw new UnreadableFile('This is an old Excel file (.xls): save it as .xlsx or CSV and try again');
  if (looksLikeVcard(head.toString('utf8'))) return vcardTable(whole, opts.dropPartialLastLine ?? false);
  const table = head.subarray(0, 4).equals(zipMagic)
    ? xlsxRows(whole)
    : csvRows(
        opts.dropPartialLastLine ? Readable.from(completeLines(whole), { objectMode: false }) : whole,
        head,
      );
  const it = table.rows[Symbol.asyncIterator]();
  let first = await it.next();
  while (!first.done && first.value.length === 0) first = await it.next();
  if (first.done) throw new UnreadableFile('The file has no header row');
  const [headerRow, ...after] = first.value;
  async function* rest(): AsyncGenerator<FileRow[]> {
    if (after.length > 0) yield after;
    for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
  }
  return {
    format: table.format,
    delimiter: table.delimiter,
    header: headerRow!.cells.map((c) => c.trim()),
    rows: rest(),
  };
}

/**
 * A .vcf as a table of vcardHeader columns, one row per card, its line the card's BEGIN line. Read
 * whole: an address book is small, and a card's properties may come in any order.
 */
async function vcardTable(whole: Readable, cut: boolean): Promise<Table> {
  const chunks: Buffer[] = [];
  for await (const chunk of whole) chunks.push(chunk as Buffer);
  let cards = readVcards(Buffer.concat(chunks).toString('utf8'));
  if (cut && cards.at(-1)?.problem === vcardCutOff) cards = cards.slice(0, -1);
  async function* rows(): AsyncGenerator<FileRow[]> {
    yield cards.map((c) => ({ line: c.line, cells: vcardCells(c) }));
  }
  return { format: 'vcf', delimiter: null, header: [...vcardHeader], rows: rows() };
}

function csvRows(whole: Readable, head: Buffer): Omit<Table, 'header'> {
  const firstLine =
    head
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)[0] ?? '';
  const delimiter = sniffDelimiter(firstLine);
  async function* rows(): AsyncGenerator<FileRow[]> {
    const splitter = new CsvSplitter(delimiter);
    const decoder = new StringDecoder('utf8');
    for await (const chunk of whole)
      yield [...splitter.push(decoder.write(chunk as Buffer))].filter((r) => !blank(r.cells));
    yield [...splitter.push(decoder.end(), true)].filter((r) => !blank(r.cells));
  }
  return { format: 'csv', delimiter: delimiter === '\t' ? 'tab' : delimiter, rows: rows() };
}

function xlsxRows(whole: Readable): Omit<Table, 'header'> {
  // styles: 'cache' so date cells arrive as dates, not as Excel's day numbers.
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(whole, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  async function* rows(): AsyncGenerator<FileRow[]> {
    let sheet = 0;
    let batch: FileRow[] = [];
    try {
      for await (const worksheet of workbook) {
        sheet += 1;
        for await (const row of worksheet) {
          // Later sheets are read through (so the whole file is hashed) but not imported.
          if (sheet > 1) continue;
          const values = row.values as unknown[];
          const cells: string[] = [];
          for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
          if (!blank(cells)) batch.push({ line: row.number, cells });
          if (batch.length >= 1000) {
            yield batch;
            batch = [];
          }
        }
      }
      yield batch;
    } catch (err) {
      throw new UnreadableFile(`The XLSX cannot be read: ${(err as Error).message}`);
    }
  }
  return { format: 'xlsx', delimiter: null, rows: rows() };
}

const two = (n: number) => String(n).padStart(2, '0');

/** A cell as the text a person sees: dates as YYYY-MM-DD, durations as h:mm:ss, numbers as typed. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? String(Number(v.toPrecision(15))) : '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Date) {
    // A time-formatted cell (a duration) is a fraction of a day counted from Excel's day 0, 1899-12-30.
    if (v.getUTCFullYear() < 1900) {
      const seconds = Math.round((v.getTime() - Date.UTC(1899, 11, 30)) / 1000);
      return `${Math.floor(seconds / 3600)}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
    }
    const day = v.toISOString().slice(0, 10);
    const time = v.toISOString().slice(11, 16);
    return time === '00:00' ? day : `${day} ${time}`;
  }
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if ('result' in o) return cellText(o.result);
    if (o.text !== undefined) return cellText(o.text);
  }
  return '';
}
