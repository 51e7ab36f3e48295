/**
 * CSV records out of text chunks (RFC 4180: quoted fields, doubled quotes, CRLF or LF, line breaks
 * inside quotes), each with the line it starts on. A line without a quote — nearly every line of a
 * tracker's export — is split natively; only lines with quotes are walked. A general parser that counts
 * lines for every record was the slowest part of a million-row import, hence this small one.
 * A stray quote inside an unquoted field is kept as text (as spreadsheets write it).
 */
export type CsvRecord = { line: number; cells: string[] };

export class CsvSplitter {
  private buf = '';
  private line = 1;
  private started = false;

  constructor(private readonly delimiter: string) {}

  /** The records completed by `text`; with `final`, everything left. */
  *push(text: string, final = false): Generator<CsvRecord> {
    if (!this.started) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const buf = this.buf + text;
    const d = this.delimiter;
    let pos = 0;
    while (pos < buf.length) {
      const nl = buf.indexOf('\n', pos);
      if (nl < 0 && !final) break;
      const end = nl < 0 ? buf.length : nl;
      const quote = buf.indexOf('"', pos);
      if (quote < 0 || quote >= end) {
        const text = buf.charCodeAt(end - 1) === 13 ? buf.slice(pos, end - 1) : buf.slice(pos, end);
        yield { line: this.line, cells: text.split(d) };
        this.line += 1;
        pos = end + 1;
        continue;
      }
      const record = quotedRecord(buf, pos, d, final);
      if (!record) break;
      yield { line: this.line, cells: record.cells };
      this.line += record.lines;
      pos = record.next;
    }
    this.buf = buf.slice(pos);
  }
}

/** One record from `start` that has quotes; null when the text ends before the record does. */
function quotedRecord(
  buf: string,
  start: number,
  d: string,
  final: boolean,
): { cells: string[]; next: number; lines: number } | null {
  const cells: string[] = [];
  let lines = 1;
  let i = start;
  for (;;) {
    let value: string;
    if (buf[i] === '"') {
      value = '';
      i += 1;
      for (;;) {
        const q = buf.indexOf('"', i);
        if (q < 0) {
          if (!final) return null;
          value += buf.slice(i);
          i = buf.length;
          break;
        }
        value += buf.slice(i, q);
        if (q + 1 >= buf.length && !final) return null;
        if (buf[q + 1] === '"') {
          value += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      for (let n = value.indexOf('\n'); n >= 0; n = value.indexOf('\n', n + 1)) lines += 1;
    } else value = '';
    // The rest of the field up to the delimiter or the line's end (all of it when unquoted), found
    // natively: a tracker's export quotes its notes, so every line comes through here.
    const nextD = buf.indexOf(d, i);
    const nextNl = buf.indexOf('\n', i);
    let k = nextD < 0 ? nextNl : nextNl < 0 ? nextD : Math.min(nextD, nextNl);
    if (k < 0) {
      if (!final) return null;
      k = buf.length;
    }
    let rest = buf.slice(i, k);
    if (buf[k] !== d && rest.endsWith('\r')) rest = rest.slice(0, -1);
    cells.push(value + rest);
    i = k;
    if (i < buf.length && buf[i] === d) {
      i += 1;
      continue;
    }
    return { cells, next: i + 1, lines };
  }
}
