import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestUser, type TestWorld, testWorld } from '../../test/harness';

let w: TestWorld;
let am: TestUser;
let stranger: TestUser;
let accountId: string;
let maria: string;
let other: string;

beforeAll(async () => {
  w = await testWorld({ clock: () => new Date('2026-06-15T10:00:00Z') });
  am = await w.user('account_manager', { name: 'Alice' });
  stranger = await w.user('account_manager', { name: 'Stranger' });
  accountId = (await am.client.post('/api/v1/accounts', { name: 'History Co', objective: 'growth' })).body.id;
  const add = async (name: string) =>
    (await am.client.post(`/api/v1/accounts/${accountId}/contacts`, { name })).body.id as string;
  maria = await add('Maria');
  other = await add('Oleg');
  // Everything that can happen to Maria, in order; Oleg gets a reading of his own in between.
  await am.client.patch(`/api/v1/contacts/${maria}`, { version: 1, title: 'CIO' });
  await am.client.post(`/api/v1/contacts/${maria}/readings`, {
    takenOn: '2026-06-10',
    score: 8,
    source: 'meeting',
  });
  await am.client.post(`/api/v1/contacts/${other}/readings`, {
    takenOn: '2026-06-10',
    score: 5,
    source: 'meeting',
  });
  const owner = (await am.client.post(`/api/v1/contacts/${maria}/owners`, { personId: am.personId })).body;
  await am.client.delete(`/api/v1/contacts/${maria}/owners/${owner.id}`);
  const sent = await am.client.post(`/api/v1/accounts/${accountId}/pulses`, { contactIds: [maria] });
  await w.anonymous.post(`/api${sent.body.items[0].link}`, { nps: 9 });
  await am.client.post(`/api/v1/accounts/${accountId}/conflicts`, {
    title: 'IT vs business',
    sides: [
      { contactIds: [maria], wants: 'A big programme' },
      { contactIds: [other], wants: 'Something quick' },
    ],
  });
  await am.client.post(`/api/v1/contacts/${maria}/left`, { version: 2, leftOn: '2026-06-15' });
});
afterAll(() => w.close());

const history = (by: TestUser, contactId: string, query = '') =>
  by.client.get(`/api/v1/contacts/${contactId}/history${query}`);

describe("a contact's history", () => {
  it('lists every change about the contact, newest first, owners removed and conflicts included', async () => {
    const res = await history(am, maria);
    expect(res.status).toBe(200);
    const steps = res.body.items.map((e: { entityType: string; action: string }) => [e.entityType, e.action]);
    expect(steps).toEqual([
      ['contact', 'left'],
      ['conflict_of_interest', 'created'],
      ['pulse', 'answered'],
      ['pulse', 'sent'],
      ['contact_owner', 'removed'],
      ['contact_owner', 'added'],
      ['satisfaction_reading', 'recorded'],
      ['contact', 'updated'],
      ['contact', 'created'],
    ]);
    expect(res.body.total).toBe(9);
    expect(res.body.items[0]).toMatchObject({
      actorName: 'Alice',
      changes: { leftOn: { after: '2026-06-15' } },
    });
    expect(res.body.items[2].actorName).toBeNull(); // the client answered, not a user
  });

  it("shows another contact's changes only where they are a side", async () => {
    const oleg = (await history(am, other)).body.items;
    expect(oleg.map((e: { entityType: string }) => e.entityType)).toEqual([
      'conflict_of_interest',
      'satisfaction_reading',
      'contact',
    ]);
  });

  it('pages on the server', async () => {
    const page = (await history(am, maria, '?page=2&pageSize=4')).body;
    expect(page).toMatchObject({ total: 9, page: 2, pageSize: 4 });
    expect(page.items.map((e: { action: string }) => e.action)).toEqual([
      'removed',
      'added',
      'recorded',
      'updated',
    ]);
    expect((await history(am, maria, '?page=5&pageSize=4')).body).toMatchObject({ items: [], total: 9 });
  });

  it('is not found for someone who may not see the account, nor for an unknown contact', async () => {
    const refused = await history(stranger, maria);
    expect(refused.status).toBe(404);
    expect(JSON.stringify(refused.body)).not.toContain('Maria');
    expect((await history(am, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
