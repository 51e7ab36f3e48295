import { describe, expect, it } from 'vitest';
import { detectPreset, pickFields, resolveMapping, suggestMapping } from './presets';

// Header rows as the tools export them (Tempo's logged-time export, Harvest's detailed time report,
// Toggl Track's detailed report).
const tempo = [
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
const harvest = [
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
];
const toggl = [
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
];

describe('presets recognised from the header row', () => {
  it('tells the three trackers apart, in any letter case and with a BOM', () => {
    expect(detectPreset('time_entries', tempo)?.id).toBe('tempo');
    expect(detectPreset('time_entries', harvest)?.id).toBe('harvest');
    expect(detectPreset('time_entries', toggl)?.id).toBe('toggl');
    expect(detectPreset('time_entries', ['\uFEFFissue key', 'HOURS', ' work  date '])?.id).toBe('tempo');
  });

  it('finds no preset for a hand-made sheet, nor for another kind', () => {
    expect(detectPreset('time_entries', ['Email', 'Account', 'Date', 'Hours'])).toBeNull();
    expect(detectPreset('monthly_returns', tempo)).toBeNull();
  });

  it("maps each tracker's columns to the fields", () => {
    expect(suggestMapping('time_entries', tempo, detectPreset('time_entries', tempo))).toEqual({
      person: ['Full name'],
      account: ['Account Name'],
      date: ['Work date'],
      hours: ['Hours'],
      note: ['Issue Key', 'Work Description'],
      externalId: ['Worklog Id'],
    });
    expect(suggestMapping('time_entries', harvest, detectPreset('time_entries', harvest))).toEqual({
      person: ['First Name', 'Last Name'],
      account: ['Client'],
      date: ['Date'],
      hours: ['Hours'],
      note: ['Notes'],
    });
    expect(suggestMapping('time_entries', toggl, detectPreset('time_entries', toggl))).toEqual({
      person: ['Email'],
      account: ['Client'],
      date: ['Start date'],
      hours: ['Duration'],
      note: ['Description'],
    });
  });

  it('suggests generic columns by their usual names, one field per column', () => {
    const header = ['E-mail', 'Customer', 'Day', 'Time spent', 'Comment', 'Role'];
    expect(suggestMapping('time_entries', header, null)).toEqual({
      person: ['E-mail'],
      account: ['Customer'],
      date: ['Day'],
      hours: ['Time spent'],
      role: ['Role'],
      note: ['Comment'],
    });
    // "date" would mean the month of a return line; "cost" its delivery cost.
    expect(
      suggestMapping('monthly_returns', ['Client', 'Date', 'Revenue', 'Cost', 'Currency'], null),
    ).toEqual({
      account: ['Client'],
      month: ['Date'],
      revenue: ['Revenue'],
      deliveryCost: ['Cost'],
      currency: ['Currency'],
    });
  });
});

describe('a mapping checked against the file', () => {
  it('gives the column indexes, joining several columns with a space', () => {
    const resolved = resolveMapping('time_entries', harvest, {
      person: ['First Name', 'Last Name'],
      account: ['client'],
      date: ['Date'],
      hours: ['Hours'],
    });
    expect(resolved).toEqual({
      ok: true,
      columns: { person: [11, 12], account: [1], date: [0], hours: [6] },
    });
    if (!resolved.ok) return;
    const cells = harvest.map(() => '');
    cells[0] = '2025-03-07';
    cells[1] = ' Acme ';
    cells[6] = '2.5';
    cells[11] = 'Ada';
    cells[12] = 'Lovelace';
    expect(pickFields(cells, resolved.columns)).toEqual({
      person: 'Ada Lovelace',
      account: 'Acme',
      date: '2025-03-07',
      hours: '2.5',
    });
  });

  it('names every problem by field', () => {
    expect(
      resolveMapping('time_entries', ['Email', 'Date'], {
        person: ['Email'],
        hours: ['Time'],
        colour: ['x'],
      }),
    ).toEqual({
      ok: false,
      problems: [
        { field: 'colour', reason: "No field 'colour' in this import" },
        { field: 'account', reason: 'Choose the column that holds account' },
        { field: 'date', reason: 'Choose the column that holds date' },
        { field: 'hours', reason: "No column 'Time' in the file" },
      ],
    });
  });
});
