import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestUser, type TestWorld, testWorld } from '../../test/harness';
import { checkRollup } from '../economics/consistency';
import { makeAccount } from '../economics/fixtures';
import { csv, importFile, previewFile, xlsxType } from './fixtures';

// Everyone's hours cost the workspace default, 100.00 USD an hour.
let w: TestWorld;
let director: TestUser;
let finance: TestUser;
let ada: TestUser;
let bob: TestUser;
let acme: string;
let globex: string;

beforeAll(async () => {
  w = await testWorld({ clock: () => new Date('2026-06-15T10:00:00Z') });
  director = await w.user('director');
  finance = await w.user('finance');
  ada = await w.user('member', { name: 'Ada Lovelace' });
  bob = await w.user('member', { name: 'Bob Byte' });
  acme = await makeAccount(w, director, 'Acme');
  globex = await makeAccount(w, director, 'Globex');
  await finance.client.post('/api/v1/economics/cost-rates', {
    level: 'workspace',
    from: '2025-01-01',
    hourly: { amount: 10000, currency: 'USD' },
  });
});
afterAll(() => w.close());

const invested = async (accountId: string) =>
  (await director.client.get(`/api/v1/accounts/${accountId}/economics?from=2025-01&to=2025-12`)).body.invested
    .total as number;

const tempoHeader = [
  'Issue Key',
  'Issue summary',
  'Hours',
  'Work date',
  'Username',
  'Full name',
  'Period',
  'Account Key',
  'Account Name',
  'Activity Name',
  'Work Description',
  'Worklog Id',
];
const tempoRow = (key: string, hours: string, date: string, who: string, text: string, id: number) => [
  key,
  'Summary',
  hours,
  `${date} 00:00`,
  who.split(' ')[0]!.toLowerCase(),
  who,
  'Mar 2025',
  'ACM',
  'Acme',
  'Development',
  text,
  id,
];

describe('Jira Tempo worklogs', () => {
  const march = () =>
    csv([
      tempoHeader,
      tempoRow('ACME-1', '2.5', '2025-03-03', 'Ada Lovelace', 'Set up CI, fixed the build', 10001),
      tempoRow('ACME-2', '1.25', '2025-03-04', 'Bob Byte', 'Code review', 10002),
    ]);

  it('is recognised in the preview, mapped, and its first rows checked', async () => {
    const res = await previewFile(finance.client, { kind: 'time_entries' }, march());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      format: 'csv',
      delimiter: ',',
      detectedPreset: 'tempo',
      preset: 'tempo',
      mapping: {
        person: ['Full name'],
        account: ['Account Name'],
        date: ['Work date'],
        hours: ['Hours'],
        note: ['Issue Key', 'Work Description'],
        externalId: ['Worklog Id'],
      },
      mappingProblems: {},
      more: false,
    });
    expect(res.body.rows[0]).toEqual({
      line: 2,
      cells: tempoRow('ACME-1', '2.5', '2025-03-03', 'Ada Lovelace', 'Set up CI, fixed the build', 10001).map(
        String,
      ),
      ok: true,
      values: {
        person: 'Ada Lovelace',
        account: 'Acme',
        date: '2025-03-03',
        hours: '2.5',
        role: null,
        note: 'ACME-1 Set up CI, fixed the build',
        externalId: '10001',
      },
      error: null,
    });
  });

  it('imports the worklogs: 3.75 h × 100.00 = 375.00 on Acme', async () => {
    const res = await importFile(
      finance.client,
      { kind: 'time_entries', fileName: 'tempo-march.csv' },
      march(),
    );
    expect(res.status).toBe(201);
    expect(res.body.import).toMatchObject({ preset: 'tempo', writtenCount: 2, skippedCount: 0 });
    expect(await invested(acme)).toBe(37500);
  });

  it('skips worklogs already imported when a later export overlaps', async () => {
    const overlapping = csv([
      tempoHeader,
      tempoRow('ACME-2', '1.25', '2025-03-04', 'Bob Byte', 'Code review', 10002),
      tempoRow('ACME-3', '1', '2025-03-10', 'Ada Lovelace', 'Planning', 10003),
    ]);
    const res = await importFile(
      finance.client,
      { kind: 'time_entries', fileName: 'tempo-q1.csv' },
      overlapping,
    );
    expect(res.status).toBe(201);
    expect(res.body.import).toMatchObject({ rowCount: 2, writtenCount: 1, skippedCount: 1 });
    // 375.00 + 1 h × 100.00
    expect(await invested(acme)).toBe(47500);
  });

  it('refuses a file that repeats a worklog id, naming both lines', async () => {
    const res = await importFile(
      finance.client,
      { kind: 'time_entries', fileName: 'tempo-dup.csv' },
      csv([
        tempoHeader,
        tempoRow('ACME-4', '1', '2025-03-11', 'Ada Lovelace', 'A', 10004),
        tempoRow('ACME-4', '1', '2025-03-11', 'Ada Lovelace', 'A', 10004),
      ]),
    );
    expect(res.status).toBe(422);
    expect(res.body.import.errors).toEqual([
      { line: 3, field: 'externalId', reason: 'External id 10004 is also on line 2' },
    ]);
    expect(await invested(acme)).toBe(47500);
  });
});

describe('Harvest and Toggl Track exports', () => {
  it('reads a Harvest time report: person from First + Last Name, account from Client', async () => {
    const file = csv([
      [
        'Date',
        'Client',
        'Project',
        'Project Code',
        'Task',
        'Notes',
        'Hours',
        'Hours Rounded',
        'Billable?',
        'Invoiced?',
        'Approved?',
        'First Name',
        'Last Name',
        'Roles',
        'Employee?',
        'Billable Rate',
        'Billable Amount',
        'Cost Rate',
        'Cost Amount',
        'Currency',
        'External Reference URL',
      ],
      [
        '2025-03-05',
        'Globex',
        'Website',
        'WEB',
        'Design',
        'Homepage draft',
        '3',
        '3',
        'Yes',
        'No',
        'No',
        'Ada',
        'Lovelace',
        'Designer',
        'Yes',
        '150',
        '450',
        '100',
        '300',
        'US Dollar - USD',
        '',
      ],
    ]);
    const res = await importFile(finance.client, { kind: 'time_entries', fileName: 'harvest.csv' }, file);
    expect(res.status).toBe(201);
    expect(res.body.import).toMatchObject({ preset: 'harvest', writtenCount: 1 });
    // 3 h × 100.00
    expect(await invested(globex)).toBe(30000);
  });

  it('reads a Toggl Track detailed report: person by email, hours from the h:mm:ss duration', async () => {
    const file = csv([
      [
        'User',
        'Email',
        'Client',
        'Project',
        'Task',
        'Description',
        'Billable',
        'Start date',
        'Start time',
        'End date',
        'End time',
        'Duration',
        'Tags',
        'Amount (USD)',
      ],
      [
        'Bob Byte',
        bob.email,
        'Globex',
        'Website',
        '',
        'Bugfix',
        'Yes',
        '2025-03-06',
        '09:00:00',
        '2025-03-06',
        '10:30:00',
        '01:30:00',
        '',
        '',
      ],
    ]);
    const res = await importFile(finance.client, { kind: 'time_entries', fileName: 'toggl.csv' }, file);
    expect(res.status).toBe(201);
    expect(res.body.import).toMatchObject({ preset: 'toggl', writtenCount: 1 });
    // 300.00 + 1:30:00 = 1.5 h × 100.00
    expect(await invested(globex)).toBe(45000);
    expect(await checkRollup(w.database.db)).toEqual([]);
  });
});

describe('XLSX, semicolons and mappings', () => {
  it('reads the first sheet of an XLSX, with date cells and a time-formatted duration', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Hours');
    sheet.addRow(['Email', 'Account', 'Date', 'Hours']);
    sheet.addRow([ada.email, 'Acme', new Date(Date.UTC(2025, 3, 7)), 2]);
    const timed = sheet.addRow([
      bob.email,
      'Acme',
      new Date(Date.UTC(2025, 3, 8)),
      new Date(Date.UTC(1899, 11, 30, 1, 30)),
    ]);
    timed.getCell(4).numFmt = '[h]:mm';
    book.addWorksheet('Notes').addRow(['not imported']);
    const file = Buffer.from(await book.xlsx.writeBuffer());

    const preview = await previewFile(finance.client, { kind: 'time_entries' }, file, { type: xlsxType });
    expect(preview.body).toMatchObject({
      format: 'xlsx',
      delimiter: null,
      header: ['Email', 'Account', 'Date', 'Hours'],
    });
    expect(preview.body.rows.map((r: { cells: string[] }) => r.cells.slice(2))).toEqual([
      ['2025-04-07', '2'],
      ['2025-04-08', '1:30:00'],
    ]);
    const res = await importFile(finance.client, { kind: 'time_entries', fileName: 'april.xlsx' }, file, {
      type: xlsxType,
    });
    expect(res.status).toBe(201);
    expect(res.body.import).toMatchObject({ format: 'xlsx', rowCount: 2, writtenCount: 2 });
    // 475.00 + (2 h + 1.5 h) × 100.00
    expect(await invested(acme)).toBe(82500);
  });

  it('asks for .xlsx or CSV when given an old .xls', async () => {
    const xls = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(600, 0x0a),
    ]);
    const res = await previewFile(finance.client, { kind: 'time_entries' }, xls, {
      type: 'application/vnd.ms-excel',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual({
      file: 'This is an old Excel file (.xls): save it as .xlsx or CSV and try again',
    });
  });

  it('reads a semicolon CSV with a mapping given by hand, day-first dates and decimal commas', async () => {
    const file = 'Wer;Kunde;Tag;Stunden\nAda Lovelace;Globex;31/03/2025;0,5\n';
    const mapping = { person: ['Wer'], account: ['Kunde'], date: ['Tag'], hours: ['Stunden'] };
    const preview = await previewFile(finance.client, { kind: 'time_entries', dayFirst: true }, file);
    expect(preview.body.mappingProblems).toMatchObject({
      'mapping.person': 'Choose the column that holds person',
    });
    const res = await importFile(
      finance.client,
      { kind: 'time_entries', fileName: 'de.csv', mapping, dayFirst: true },
      file,
    );
    expect(res.status).toBe(201);
    // 450.00 + 0.5 h × 100.00
    expect(await invested(globex)).toBe(50000);
  });

  it('answers 400 naming the field when the mapping does not fit the header, before reading rows', async () => {
    const res = await importFile(
      finance.client,
      {
        kind: 'time_entries',
        fileName: 'x.csv',
        mapping: { person: ['Email'], account: ['Account'], date: ['Date'], hours: ['Time'] },
      },
      csv([
        ['Email', 'Account', 'Date', 'Hours'],
        [ada.email, 'Acme', '2025-03-03', '1'],
      ]),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual({ 'mapping.hours': "No column 'Time' in the file" });
  });

  it('previews only the start of a cut file: the incomplete last line is left out', async () => {
    const whole = csv([
      ['Email', 'Account', 'Date', 'Hours'],
      [ada.email, 'Acme', '2025-03-03', '1'],
      [ada.email, 'Nowhere', '2025-03-04', '1'],
      [ada.email, 'Acme', '2025-03-05', '1'],
    ]);
    const cut = whole.slice(0, whole.lastIndexOf('2025-03-05') + 4);
    const res = await previewFile(finance.client, { kind: 'time_entries', truncated: true, rows: 1 }, cut);
    expect(res.body.rows).toHaveLength(1);
    expect(res.body.more).toBe(true);
    const all = await previewFile(finance.client, { kind: 'time_entries', truncated: true }, cut);
    expect(
      all.body.rows.map((r: { line: number; ok: boolean; error: unknown }) => [r.line, r.ok, r.error]),
    ).toEqual([
      [2, true, null],
      [3, false, { line: 3, field: 'account', reason: "Account 'Nowhere' not found or not yours" }],
    ]);
  });
});
