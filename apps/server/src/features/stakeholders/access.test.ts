import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../test/harness';
import { type TestUser, type TestWorld, testWorld } from '../../test/harness';

/**
 * No contact data of an account you may not see — through every route, org chart included — and
 * writes only for those who may update the account. Every route of the stakeholder map is listed here.
 */
let w: TestWorld;
const who: Record<string, TestUser> = {};
let accountId: string;
let contactId: string;
let ownerId: string;
let conflictId: string;

beforeAll(async () => {
  w = await testWorld();
  for (const role of ['director', 'account_manager', 'member', 'viewer'] as const)
    who[role] = await w.user(role);
  who.outsider = await w.user('member', { name: 'Outsider' });
  const am = who.account_manager!.client;
  accountId = (
    await who.director!.client.post('/api/v1/accounts', {
      name: 'Guarded',
      objective: 'growth',
      managerPersonId: who.account_manager!.personId,
    })
  ).body.id;
  await who.director!.client.post(`/api/v1/accounts/${accountId}/team`, {
    personId: who.member!.personId,
    role: 'engineer',
    from: '2020-01-01',
  });
  contactId = (await am.post(`/api/v1/accounts/${accountId}/contacts`, { name: 'Secret Person' })).body.id;
  const second = (await am.post(`/api/v1/accounts/${accountId}/contacts`, { name: 'Other Person' })).body.id;
  ownerId = (
    await am.post(`/api/v1/contacts/${contactId}/owners`, { personId: who.account_manager!.personId })
  ).body.id;
  conflictId = (
    await am.post(`/api/v1/accounts/${accountId}/conflicts`, {
      title: 'IT vs business',
      sides: [
        { contactIds: [contactId], wants: 'Big' },
        { contactIds: [second], wants: 'Small' },
      ],
    })
  ).body.id;
});
afterAll(() => w.close());

type Route = [method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: () => string, body?: unknown];
const reads: Route[] = [
  ['GET', () => `/api/v1/accounts/${accountId}/contacts`],
  ['GET', () => `/api/v1/contacts/${contactId}`],
  ['GET', () => `/api/v1/contacts/${contactId}/readings`],
  ['GET', () => `/api/v1/contacts/${contactId}/history`],
  ['GET', () => `/api/v1/accounts/${accountId}/org-chart`],
  ['GET', () => `/api/v1/accounts/${accountId}/stakeholder-grid`],
  ['GET', () => `/api/v1/accounts/${accountId}/stakeholder-figures`],
  ['GET', () => `/api/v1/accounts/${accountId}/conflicts`],
  ['GET', () => `/api/v1/accounts/${accountId}/conflicts/${conflictId}`],
  ['GET', () => `/api/v1/accounts/${accountId}/pulses`],
];
/** Built once the world exists (bodies name its people and contacts). */
const writes = (): Route[] => [
  ['POST', () => `/api/v1/accounts/${accountId}/contacts`, { name: 'Sneaky' }],
  ['PATCH', () => `/api/v1/contacts/${contactId}`, { version: 1, name: 'Renamed' }],
  [
    'POST',
    () => `/api/v1/contacts/${contactId}/readings`,
    { takenOn: '2020-01-01', score: 1, source: 'meeting' },
  ],
  ['POST', () => `/api/v1/contacts/${contactId}/owners`, { personId: who.member!.personId }],
  [
    'PATCH',
    () => `/api/v1/contacts/${contactId}/owners/${ownerId}`,
    { version: 1, depthNow: 'trusted_advisor' },
  ],
  ['DELETE', () => `/api/v1/contacts/${contactId}/owners/${ownerId}`],
  [
    'POST',
    () => `/api/v1/accounts/${accountId}/conflicts`,
    {
      title: 'x',
      sides: [
        { contactIds: [contactId], wants: 'a' },
        { contactIds: [contactId], wants: 'b' },
      ],
    },
  ],
  [
    'PATCH',
    () => `/api/v1/accounts/${accountId}/conflicts/${conflictId}`,
    { version: 1, status: 'resolved' },
  ],
  ['DELETE', () => `/api/v1/accounts/${accountId}/conflicts/${conflictId}`],
  ['POST', () => `/api/v1/accounts/${accountId}/pulses`, { contactIds: [contactId] }],
  // Last: after the edit above the contact is at version 2, and a contact who left gets no pulse.
  ['POST', () => `/api/v1/contacts/${contactId}/left`, { version: 2, leftOn: '2020-01-01' }],
];

const call = (c: Client, [method, path, body]: Route) => c.request(method, path(), body);

describe('stakeholder access', () => {
  it('someone not on the team gets 404 on every route, and learns nothing', async () => {
    for (const route of [...reads, ...writes()]) {
      const res = await call(who.outsider!.client, route);
      expect([route[0], route[1](), res.status]).toEqual([route[0], route[1](), 404]);
      expect(JSON.stringify(res.body)).not.toContain('Secret');
    }
  });

  it('a viewer and a team member who does not lead read everything and may write nothing (403)', async () => {
    for (const user of [who.viewer!, who.member!]) {
      for (const route of reads)
        expect([route[1](), (await call(user.client, route)).status]).toEqual([route[1](), 200]);
      for (const route of writes())
        expect([route[1](), (await call(user.client, route)).status]).toEqual([route[1](), 403]);
    }
  });

  it('the account manager may do all of it', async () => {
    for (const route of [...reads, ...writes()]) {
      const res = await call(who.account_manager!.client, route);
      expect([route[1](), res.status < 300]).toEqual([route[1](), true]);
    }
  });

  it('the portfolio lists the account only for those who may see it', async () => {
    for (const [role, seen] of [
      ['outsider', []],
      ['member', ['Guarded']],
      ['viewer', ['Guarded']],
      ['account_manager', ['Guarded']],
    ] as const) {
      const res = await who[role]!.client.get('/api/v1/stakeholder-portfolio');
      expect([role, res.body.items.map((i: { name: string }) => i.name)]).toEqual([role, seen]);
    }
  });

  it('anonymous callers are refused before anything else', async () => {
    expect((await w.anonymous.get(`/api/v1/accounts/${accountId}/org-chart`)).status).toBe(401);
    expect((await w.anonymous.get('/api/v1/stakeholder-portfolio')).status).toBe(401);
  });
});
