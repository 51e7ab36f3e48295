import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestUser, type TestWorld, testWorld } from '../../test/harness';
import { checkRollup } from '../economics/consistency';
import { makeAccount } from '../economics/fixtures';
import { csv, importFile } from './fixtures';

let w: TestWorld;
let director: TestUser;
let finance: TestUser;
let ada: TestUser;
let bulk: string;

beforeAll(async () => {
  w = await testWorld({ clock: () => new Date('2026-06-15T10:00:00Z') });
  director = await w.user('director');
  finance = await w.user('finance');
  ada = await w.user('member', { name: 'Ada Lovelace' });
  bulk = await makeAccount(w, director, 'Bulk');
  await finance.client.post('/api/v1/economics/cost-rates', {
    level: 'workspace',
    from: '2024-01-01',
    hourly: { amount: 10000, currency: 'USD' },
  });
});
afterAll(() => w.close());

type Line = { type: string; phase?: string; rows?: number; bytes?: number; totalBytes?: number | null };

// 12,000 rows of half an hour, over 2024-2025: more than twice the progress interval of 5,000 rows.
const big = () => {
  const rows: string[][] = [['Email', 'Account', 'Date', 'Hours']];
  for (let i = 0; i < 12_000; i++) {
    const day = new Date(Date.UTC(2024, 0, 1) + (i % 700) * 86_400_000).toISOString().slice(0, 10);
    rows.push([ada.email, 'Bulk', day, '0.5']);
  }
  return csv(rows);
};

describe('progress streamed as NDJSON while the import runs', () => {
  it('sends started, progress while reading and writing, then done', async () => {
    const file = big();
    const res = await importFile(finance.client, { kind: 'time_entries', fileName: 'big.csv' }, file, {
      ndjson: true,
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines = res.lines as Line[];
    expect(lines[0]).toEqual({
      type: 'started',
      kind: 'time_entries',
      fileName: 'big.csv',
      totalBytes: file.length,
    });
    expect(lines.filter((l) => l.type === 'progress').map((l) => [l.phase, l.rows])).toEqual([
      ['reading', 5000],
      ['reading', 10000],
      ['writing', 12000],
    ]);
    const done = lines.at(-1) as {
      type: string;
      noOp: boolean;
      import: { writtenCount: number; bytes: number };
    };
    expect(done).toMatchObject({
      type: 'done',
      noOp: false,
      import: { writtenCount: 12000, bytes: file.length },
    });
    // Bytes only grow, up to the file's size.
    const bytes = lines.filter((l) => l.type === 'progress').map((l) => l.bytes!);
    expect(bytes).toEqual([...bytes].sort((a, b) => a - b));
    expect(bytes.at(-1)).toBe(file.length);
    // 12,000 × 0.5 h × 100.00 = 600,000.00
    const figures = await director.client.get(`/api/v1/accounts/${bulk}/economics?from=2024-01&to=2025-12`);
    expect(figures.body.invested.total).toBe(60_000_000);
    expect(await checkRollup(w.database.db)).toEqual([]);
  });

  it('answers at once, without reading the file, when the client sends the hash of a file already imported', async () => {
    const file = big();
    const sha256 = createHash('sha256').update(file).digest('hex');
    const res = await importFile(
      finance.client,
      { kind: 'time_entries', fileName: 'big.csv', sha256 },
      'not read',
      {
        ndjson: true,
      },
    );
    expect((res.lines as Line[]).map((l) => l.type)).toEqual(['started', 'done']);
    expect(res.lines[1]).toMatchObject({ noOp: true, import: { fileName: 'big.csv', contentHash: sha256 } });
  });

  it('ends with failed and the row report when a row is bad', async () => {
    const file = csv([
      ['Email', 'Account', 'Date', 'Hours'],
      [ada.email, 'Bulk', '2025-01-01', '25'],
    ]);
    const res = await importFile(finance.client, { kind: 'time_entries', fileName: 'bad.csv' }, file, {
      ndjson: true,
    });
    const last = res.lines.at(-1);
    expect(last).toMatchObject({
      type: 'failed',
      error: { code: 'rule_broken', message: '1 row has an error; nothing was imported' },
      import: {
        status: 'failed',
        errors: [{ line: 2, field: 'hours', reason: '25 hours is more than a day' }],
      },
    });
  });

  it('fails, writing nothing, when the upload is cut off before its announced length', async () => {
    const file = csv([
      ['Email', 'Account', 'Date', 'Hours'],
      [ada.email, 'Bulk', '2026-01-05', '1'],
    ]);
    const res = await importFile(finance.client, { kind: 'time_entries', fileName: 'cut.csv' }, file, {
      ndjson: true,
      headers: { 'content-length': String(file.length + 100) },
    });
    expect(res.lines.at(-1)).toMatchObject({
      type: 'failed',
      error: { code: 'validation_failed', fields: { file: 'The upload was cut off' } },
    });
    const figures = await director.client.get(`/api/v1/accounts/${bulk}/economics?from=2026-01&to=2026-01`);
    expect(figures.body.invested.total).toBe(0);
  });

  it('refuses a mapping that does not fit with an ordinary 400, before any line is sent', async () => {
    const res = await importFile(
      finance.client,
      { kind: 'time_entries', fileName: 'x.csv' },
      csv([
        ['Who', 'Where'],
        ['a', 'b'],
      ]),
      { ndjson: true },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toMatchObject({ 'mapping.person': 'Choose the column that holds person' });
  });
});
