import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestUser, type TestWorld, testWorld } from '../../test/harness';
import { csv, importFile, previewFile } from '../imports/fixtures';

// People from an HR export through the shared import framework (kind "people").
let w: TestWorld;
let director: TestUser;
let finance: TestUser;
let boss: string;

beforeAll(async () => {
  w = await testWorld({ clock: () => new Date('2026-06-15T10:00:00Z') });
  director = await w.user('director');
  finance = await w.user('finance');
  boss = (await director.client.post('/api/v1/people', { name: 'Bea Boss', email: 'bea@hr.example' })).body
    .id;
  // Setting up takes several requests; on a machine shared by many test runs that can pass a minute.
}, 180_000);
afterAll(() => w.close());

const header = [
  'Full name',
  'Work email',
  'Department',
  'Job title',
  'Manager',
  'Capacity',
  'Office',
  'Languages',
];
const person = async (email: string) =>
  (await director.client.get(`/api/v1/people?q=${encodeURIComponent(email)}`)).body.items[0];

describe('importing people from an HR export', () => {
  it('suggests the mapping from the headers and previews the rows', async () => {
    const res = await previewFile(
      director.client,
      { kind: 'people' },
      csv([
        header,
        [
          'Ida Import',
          'ida@hr.example',
          'Engineering',
          'Engineer',
          'bea@hr.example',
          '80',
          'Lisbon',
          'English; Portuguese',
        ],
      ]),
    );
    expect(res.status).toBe(200);
    expect(res.body.mapping).toMatchObject({
      name: ['Full name'],
      email: ['Work email'],
      lineManager: ['Manager'],
      capacity: ['Capacity'],
      languages: ['Languages'],
    });
  });

  it('creates people with their line managers — in Vested or further down the file — and skips known emails', async () => {
    const res = await importFile(
      director.client,
      { kind: 'people', fileName: 'hr.csv' },
      csv([
        header,
        [
          'Ida Import',
          'IDA@hr.example',
          'Engineering',
          'Engineer',
          'Max Lead',
          '80',
          'Lisbon',
          'English; Portuguese',
        ],
        [
          'Max Lead',
          'max@hr.example',
          'Engineering',
          'Head of Engineering',
          'bea@hr.example',
          '40',
          'Lisbon',
          'English',
        ],
        ['Bea Boss', 'bea@hr.example', 'Management', 'CEO', '', '', '', ''],
      ]),
    );
    expect(res.status).toBe(201);
    expect(res.body.import).toMatchObject({ rowCount: 3, writtenCount: 2, skippedCount: 1 });
    expect(await person('ida@hr.example')).toMatchObject({
      name: 'Ida Import',
      email: 'ida@hr.example',
      department: 'Engineering',
      lineManagerName: 'Max Lead',
      monthlyCapacityHours: 80,
      location: 'Lisbon',
      languages: ['English', 'Portuguese'],
    });
    expect(await person('max@hr.example')).toMatchObject({ lineManagerPersonId: boss });
    // Bea was already there and stays as she was.
    expect(await person('bea@hr.example')).toMatchObject({ department: null, version: 1 });

    // Undo removes exactly the two people it created.
    const undone = await director.client.post(`/api/v1/imports/${res.body.import.id}/undo`, { version: 1 });
    expect(undone.status).toBe(200);
    expect(await person('ida@hr.example')).toBeUndefined();
    expect(await person('max@hr.example')).toBeUndefined();
    expect(await person('bea@hr.example')).toBeDefined();
  });

  it('refuses the whole file, row by row, on a bad email, hours, duplicate, unknown manager or a loop', async () => {
    const res = await importFile(
      director.client,
      { kind: 'people', fileName: 'bad.csv' },
      csv([
        header,
        ['No Email', '', '', '', '', '', '', ''],
        ['Odd Hours', 'odd@hr.example', '', '', '', 'lots', '', ''],
        ['Twice A', 'twice@hr.example', '', '', '', '', '', ''],
        ['Twice B', 'TWICE@hr.example', '', '', '', '', '', ''],
        ['Lost', 'lost@hr.example', '', '', 'nobody@hr.example', '', '', ''],
        ['Loop One', 'l1@hr.example', '', '', 'l2@hr.example', '', '', ''],
        ['Loop Two', 'l2@hr.example', '', '', 'l1@hr.example', '', '', ''],
      ]),
    );
    expect(res.status).toBe(422);
    expect(res.body.import.errors).toEqual([
      { line: 2, field: 'email', reason: 'The email is missing' },
      { line: 3, field: 'capacity', reason: "'lots' is not a whole number of hours from 0 to 744" },
      { line: 5, field: 'email', reason: 'twice@hr.example is also on line 4' },
      { line: 6, field: 'lineManager', reason: "No person 'nobody@hr.example' in Vested or in this file" },
      { line: 7, field: 'lineManager', reason: 'This would make Loop One their own (indirect) line manager' },
      { line: 8, field: 'lineManager', reason: 'This would make Loop Two their own (indirect) line manager' },
    ]);
    expect(await person('odd@hr.example')).toBeUndefined();
  });

  it('is for those who manage people', async () => {
    const res = await importFile(finance.client, { kind: 'people', fileName: 'x.csv' }, csv([header]));
    expect(res.status).toBe(403);
  });
});
