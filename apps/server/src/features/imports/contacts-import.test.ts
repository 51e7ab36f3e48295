import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestUser, type TestWorld, testWorld } from '../../test/harness';
import { makeAccount } from '../economics/fixtures';
import { csv, importFile, previewFile } from './fixtures';

// Contacts of one chosen account through the shared import framework (kind "contacts"), from CSV and
// vCard. Alice manages "Acme"; Carol is an engineer on Acme (not a lead); "Globex" is not Alice's.
let w: TestWorld;
let director: TestUser;
let alice: TestUser;
let carol: TestUser;
let acme: string;
let globex: string;

beforeAll(async () => {
  w = await testWorld({ clock: () => new Date('2026-06-15T10:00:00Z') });
  director = await w.user('director');
  alice = await w.user('account_manager', { name: 'Alice' });
  carol = await w.user('member', { name: 'Carol' });
  acme = await makeAccount(w, director, 'Acme', { managerPersonId: alice.personId });
  globex = await makeAccount(w, director, 'Globex');
  await director.client.post(`/api/v1/accounts/${acme}/team`, {
    personId: carol.personId,
    role: 'engineer',
    from: '2025-01-01',
  });
});
afterAll(() => w.close());

type Node = { id: string; name: string; email: string | null; reportsToId: string | null };
const chart = async (account: string): Promise<Node[]> =>
  (await director.client.get(`/api/v1/accounts/${account}/org-chart`)).body.nodes;
const bossOf = (nodes: Node[], name: string) => {
  const parent = nodes.find((n) => n.name === name)?.reportsToId;
  return nodes.find((n) => n.id === parent)?.name ?? null;
};

// Synonym headers: "Job title", "Department", "E-mail", "Manager".
const header = [
  'Name',
  'Job title',
  'Department',
  'E-mail',
  'Phone',
  'Level',
  'Decision role',
  'Influence',
  'Interest',
  'Attitude',
  'Manager',
  'Notes',
];
const team = csv([
  header,
  // Dana reports to Evan (by name, further down the file); Evan to Fay (by email).
  [
    'Dana Dev',
    'Developer',
    'IT',
    'dana@acme.example',
    '+1 555 0001',
    'operational',
    'User',
    '2',
    '4',
    'supporter',
    'Evan Lead',
    '',
  ],
  [
    'Evan Lead',
    'Head of Platforms',
    'IT',
    'EVAN@acme.example',
    '',
    'middle',
    'technical evaluator',
    '3',
    '3',
    '',
    'fay@acme.example',
    'Prefers email',
  ],
  [
    'Fay Chief',
    'CIO',
    'IT',
    'fay@acme.example',
    '',
    'executive',
    'decision-maker',
    '5',
    '5',
    'champion',
    '',
    '',
  ],
]);

describe('importing contacts from CSV', () => {
  it('previews with the mapping suggested from the usual headers', async () => {
    const res = await previewFile(alice.client, { kind: 'contacts', accountId: acme }, team);
    expect(res.status).toBe(200);
    expect(res.body.mapping).toMatchObject({
      title: ['Job title'],
      businessUnit: ['Department'],
      email: ['E-mail'],
      reportsTo: ['Manager'],
    });
    expect(res.body.rows.map((r: { ok: boolean }) => r.ok)).toEqual([true, true, true]);
    expect(res.body.rows[2].values).toMatchObject({ decisionRole: 'decision_maker', influence: 5 });
  });

  it('asks for the account', async () => {
    const res = await previewFile(alice.client, { kind: 'contacts' }, team);
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toMatchObject({ accountId: 'Choose the account' });
  });

  it('one bad row writes nothing and names its line and reason', async () => {
    const bad = csv([
      header,
      ['Dana Dev', '', '', 'dana@acme.example', '', '', '', '2', '', '', '', ''],
      // Line 3: influence 7 is outside 1–5 (the contact API's own message).
      ['Evan Lead', '', '', 'evan@acme.example', '', '', '', '7', '', '', '', ''],
    ]);
    const res = await importFile(
      alice.client,
      { kind: 'contacts', accountId: acme, fileName: 'bad.csv' },
      bad,
    );
    expect(res.status).toBe(422);
    expect(res.body.import.errors).toEqual([
      { line: 3, field: 'influence', reason: 'Use a whole number from 1 to 5' },
    ]);
    expect(await chart(acme)).toEqual([]);
  });

  it('refuses a reports-to loop, with the lines in it', async () => {
    const loop = csv([
      ['Name', 'Email', 'Reports to'],
      ['Ann', 'ann@acme.example', 'bob@acme.example'],
      ['Bob', 'bob@acme.example', 'Ann'],
      ['Cy', 'cy@acme.example', 'Nobody Known'],
    ]);
    const res = await importFile(
      alice.client,
      { kind: 'contacts', accountId: acme, fileName: 'loop.csv' },
      loop,
    );
    expect(res.status).toBe(422);
    expect(res.body.import.errors).toEqual([
      {
        line: 2,
        field: 'reportsTo',
        reason: 'This would make Ann report to themselves (the org chart would loop)',
      },
      {
        line: 3,
        field: 'reportsTo',
        reason: 'This would make Bob report to themselves (the org chart would loop)',
      },
      { line: 4, field: 'reportsTo', reason: "No contact 'Nobody Known' on this account or in this file" },
    ]);
    expect(await chart(acme)).toEqual([]);
  });

  let teamImport: string;
  it('imports three contacts and the org chart shows their chain', async () => {
    const res = await importFile(
      alice.client,
      { kind: 'contacts', accountId: acme, fileName: 'team.csv' },
      team,
    );
    expect(res.status).toBe(201);
    expect(res.body.import).toMatchObject({ writtenCount: 3, skippedCount: 0 });
    teamImport = res.body.import.id;
    const nodes = await chart(acme);
    expect(nodes).toHaveLength(3);
    expect(bossOf(nodes, 'Dana Dev')).toBe('Evan Lead');
    expect(bossOf(nodes, 'Evan Lead')).toBe('Fay Chief');
    expect(bossOf(nodes, 'Fay Chief')).toBe(null);
    // The email is stored as the contact form stores it: lower case.
    expect(nodes.find((n) => n.name === 'Evan Lead')?.email).toBe('evan@acme.example');
    const fay = nodes.find((n) => n.name === 'Fay Chief')!;
    const history = await alice.client.get(`/api/v1/contacts/${fay.id}/history`);
    expect(history.body.items.map((i: { action: string }) => i.action)).toContain('created');
  });

  it('re-importing the same file adds nothing', async () => {
    const res = await importFile(
      alice.client,
      { kind: 'contacts', accountId: acme, fileName: 'team.csv' },
      team,
    );
    expect(res.status).toBe(200);
    expect(res.body.noOp).toBe(true);
    expect(await chart(acme)).toHaveLength(3);
  });

  it('skips a contact whose email is already on the account, and links to stored contacts', async () => {
    const more = csv([
      ['Name', 'Email', 'Reports to'],
      ['Fay Again', 'fay@acme.example', ''], // skipped: Fay is on Acme
      ['Gil New', 'gil@acme.example', 'Fay Chief'], // reports to the stored Fay
    ]);
    const res = await importFile(
      alice.client,
      { kind: 'contacts', accountId: acme, fileName: 'more.csv' },
      more,
    );
    expect(res.status).toBe(201);
    expect(res.body.import).toMatchObject({ writtenCount: 1, skippedCount: 1 });
    const nodes = await chart(acme);
    expect(nodes).toHaveLength(4);
    expect(bossOf(nodes, 'Gil New')).toBe('Fay Chief');
  });

  it('undo removes exactly the contacts that import created', async () => {
    const undo = await alice.client.post(`/api/v1/imports/${teamImport}/undo`, { version: 1 });
    expect(undo.status).toBe(200);
    expect(undo.body.status).toBe('undone');
    // Gil came from another import; his link to Fay is gone with her.
    const nodes = await chart(acme);
    expect(nodes.map((n) => [n.name, n.reportsToId])).toEqual([['Gil New', null]]);
  });
});

describe('importing contacts from vCard', () => {
  const cards = [
    'BEGIN:VCARD', // line 1
    'VERSION:3.0',
    'FN:Hana Buyer',
    'TITLE:Procurement Lead',
    'ORG:Globex;Purchasing',
    'EMAIL;TYPE=INTERNET:hana@globex.example',
    'TEL:+44 20 0000',
    'NOTE:Signs the PO\\, not the SOW',
    'END:VCARD',
    'BEGIN:VCARD', // line 10
    'VERSION:4.0',
    'N:Ito;Ken;;;',
    'EMAIL:ken@globex.example',
    'END:VCARD',
    '',
  ].join('\r\n');

  it('previews a .vcf as the vcard preset', async () => {
    const res = await previewFile(director.client, { kind: 'contacts', accountId: globex }, cards, {
      type: 'text/vcard',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ format: 'vcf', detectedPreset: 'vcard', preset: 'vcard' });
    expect(res.body.rows.map((r: { line: number }) => r.line)).toEqual([1, 10]);
    expect(res.body.rows[0].values).toMatchObject({
      name: 'Hana Buyer',
      businessUnit: 'Purchasing',
      notes: 'Signs the PO, not the SOW',
    });
  });

  it('imports both cards', async () => {
    const res = await importFile(
      director.client,
      { kind: 'contacts', accountId: globex, fileName: 'globex.vcf' },
      cards,
      { type: 'text/vcard' },
    );
    expect(res.status).toBe(201);
    expect(res.body.import).toMatchObject({ format: 'vcf', writtenCount: 2 });
    const nodes = await chart(globex);
    expect(nodes.map((n) => [n.name, n.email]).sort()).toEqual([
      ['Hana Buyer', 'hana@globex.example'],
      ['Ken Ito', 'ken@globex.example'],
    ]);
  });

  it('says a quoted-printable card is not supported, at the line the card starts', async () => {
    const old = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Ok Person',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:2.1',
      'FN;ENCODING=QUOTED-PRINTABLE:=41nna',
      'END:VCARD',
    ].join('\n');
    const res = await importFile(
      director.client,
      { kind: 'contacts', accountId: globex, fileName: 'old.vcf' },
      old,
      { type: 'text/vcard' },
    );
    expect(res.status).toBe(422);
    expect(res.body.import.errors).toEqual([
      {
        line: 5,
        field: null,
        reason: 'Quoted-printable vCards (version 2.1) are not supported: export as vCard 3.0 or 4.0',
      },
    ]);
  });
});

describe('who may import contacts into an account', () => {
  const one = csv([
    ['Name', 'Email'],
    ['Zed', 'zed@x.example'],
  ]);
  it("refuses an account manager on an account that isn't theirs (not found)", async () => {
    const res = await importFile(
      alice.client,
      { kind: 'contacts', accountId: globex, fileName: 'z.csv' },
      one,
    );
    expect(res.status).toBe(404);
    expect((await previewFile(alice.client, { kind: 'contacts', accountId: globex }, one)).status).toBe(404);
  });

  it('refuses a team member who does not lead the account (forbidden)', async () => {
    const res = await importFile(carol.client, { kind: 'contacts', accountId: acme, fileName: 'z.csv' }, one);
    expect(res.status).toBe(403);
    expect((await chart(acme)).map((n) => n.name)).toEqual(['Gil New']);
  });
});
