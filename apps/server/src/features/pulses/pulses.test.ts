import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestUser, type TestWorld, testWorld } from '../../test/harness';

// A mutable app clock: links expire by the clock the app reads, not by the machine's.
let now = new Date('2026-06-15T10:00:00Z');
let w: TestWorld;
let am: TestUser;
let member: TestUser;
let accountId: string;
let contactId: string;

beforeAll(async () => {
  w = await testWorld({ clock: () => now });
  am = await w.user('account_manager', { name: 'Alice Manager' });
  member = await w.user('member');
  accountId = (await am.client.post('/api/v1/accounts', { name: 'Pulse Co', objective: 'growth' })).body.id;
  await am.client.post(`/api/v1/accounts/${accountId}/team`, {
    personId: member.personId,
    role: 'engineer',
    from: '2026-01-01',
  });
  contactId = (
    await am.client.post(`/api/v1/accounts/${accountId}/contacts`, {
      name: 'Maria Anna Schmidt',
      title: 'Chief Information Officer',
      email: 'maria@client.example',
      notes: 'Private note about Maria',
      interests: ['Secret platform plans'],
    })
  ).body.id;
});
afterAll(() => w.close());

async function send(
  expiresInDays?: number,
): Promise<{ id: string; link: string; expiresAt: string; delivery: string }> {
  const res = await am.client.post(`/api/v1/accounts/${accountId}/pulses`, {
    contactIds: [contactId],
    expiresInDays,
  });
  expect(res.status).toBe(201);
  return res.body.items[0];
}
const publicUrl = (link: string) => `/api${link}`;

describe('pulses', () => {
  it('gives each contact a unique link, once; the list shows status and never the token', async () => {
    const a = await send();
    const b = await send();
    expect(a.link).toMatch(/^\/pulse\/[A-Za-z0-9_-]{40,}$/);
    expect(a.link).not.toBe(b.link);
    expect(a.expiresAt).toBe('2026-06-29T10:00:00.000Z'); // 14 days by default
    // Without SMTP_URL nothing is emailed: the links are there to copy.
    expect(a).toMatchObject({ delivery: 'not_configured', deliveryError: null });
    const list = await am.client.get(`/api/v1/accounts/${accountId}/pulses`);
    expect(list.body.items[0]).toMatchObject({
      contactName: 'Maria Anna Schmidt',
      state: 'waiting',
      usedAt: null,
    });
    const token = a.link.split('/').pop()!;
    expect(JSON.stringify(list.body)).not.toContain(token);
  });

  it('the public page shows only the questions and the first name, without signing in', async () => {
    const { link } = await send();
    const res = await w.anonymous.get(publicUrl(link));
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['firstName', 'questions']);
    expect(res.body.firstName).toBe('Maria');
    expect(res.body.questions.en.recommend).toMatch(/recommend/);
    expect(res.body.questions.ru.recommend).toMatch(/порекомендуете/);
    const text = JSON.stringify(res.body);
    for (const secret of [
      'Schmidt',
      'Chief',
      'maria@',
      'Private',
      'Secret',
      'Pulse Co',
      contactId,
      accountId,
    ])
      expect(text).not.toContain(secret);
  });

  it('answers once: the answer becomes a pulse reading; a second use is 410 with a clear message', async () => {
    const { link } = await send();
    const answered = await w.anonymous.post(publicUrl(link), { nps: 9, csat: 4, comment: 'Good team' });
    expect(answered.status).toBe(200);
    const readings = await am.client.get(`/api/v1/contacts/${contactId}/readings`);
    expect(readings.body.items[0]).toMatchObject({
      takenOn: '2026-06-15',
      score: 9,
      source: 'pulse',
      comment: 'Good team',
      recordedByName: null,
    });
    const again = await w.anonymous.post(publicUrl(link), { nps: 0 });
    expect(again.status).toBe(410);
    expect(again.body.error.message).toMatch(/already been answered/);
    expect((await w.anonymous.get(publicUrl(link))).status).toBe(410);
    const items = (await am.client.get(`/api/v1/accounts/${accountId}/pulses`)).body.items;
    expect(items.find((p: { state: string }) => p.state === 'answered')).toMatchObject({
      npsAnswer: 9,
      csatAnswer: 4,
    });
    const history = await am.client.get(`/api/v1/accounts/${accountId}/history`);
    expect(history.body.items[0]).toMatchObject({ entityType: 'pulse', action: 'answered', actorName: null });
  });

  it('expires by the app clock: the last moment before works, at expiry it is 410', async () => {
    const early = await send(2);
    const late = await send(2);
    now = new Date('2026-06-17T09:59:59Z');
    expect((await w.anonymous.post(publicUrl(early.link), { nps: 7 })).status).toBe(200);
    now = new Date('2026-06-17T10:00:00Z');
    const expired = await w.anonymous.post(publicUrl(late.link), { nps: 7 });
    expect(expired.status).toBe(410);
    expect(expired.body.error.message).toMatch(/expired/);
    const states = (await am.client.get(`/api/v1/accounts/${accountId}/pulses`)).body.items.map(
      (p: { id: string; state: string }) => [p.id === late.id, p.state],
    );
    expect(states).toContainEqual([true, 'expired']);
    now = new Date('2026-06-15T10:00:00Z');
  });

  it('an unknown or tampered token is 404, and a bad answer is refused by field', async () => {
    const { link } = await send();
    const tampered = `${link.slice(0, -1)}${link.endsWith('A') ? 'B' : 'A'}`;
    expect((await w.anonymous.get(publicUrl(tampered))).status).toBe(404);
    expect((await w.anonymous.post(publicUrl(tampered), { nps: 5 })).status).toBe(404);
    expect((await w.anonymous.get('/api/pulse/nothing')).status).toBe(404);
    const bad = await w.anonymous.post(publicUrl(link), { nps: 11, csat: 0 });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['csat', 'nps']);
    // The refused answer did not spend the link.
    expect((await w.anonymous.post(publicUrl(link), { nps: 8 })).status).toBe(200);
  });

  it('only those who may update the account send pulses; contacts must be active and of this account', async () => {
    const refused = await member.client.post(`/api/v1/accounts/${accountId}/pulses`, {
      contactIds: [contactId],
    });
    expect(refused.status).toBe(403);
    const other = (await am.client.post('/api/v1/accounts', { name: 'Other', objective: 'image' })).body.id;
    const stranger = (await am.client.post(`/api/v1/accounts/${other}/contacts`, { name: 'Stranger' })).body
      .id;
    const foreign = await am.client.post(`/api/v1/accounts/${accountId}/pulses`, {
      contactIds: [contactId, stranger],
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.fields).toEqual({ 'contactIds.1': 'Choose a contact of this account' });
    const left = (await am.client.post(`/api/v1/accounts/${accountId}/contacts`, { name: 'Leaver' })).body;
    await am.client.post(`/api/v1/contacts/${left.id}/left`, { version: 1, leftOn: '2026-06-01' });
    const gone = await am.client.post(`/api/v1/accounts/${accountId}/pulses`, { contactIds: [left.id] });
    expect(gone.body.error.fields['contactIds.0']).toMatch(/left/);
  });

  it('the public routes are rate-limited', async () => {
    let status = 0;
    for (let i = 0; i < 40 && status !== 429; i++)
      status = (await w.anonymous.get('/api/pulse/nothing')).status;
    expect(status).toBe(429);
  });
});
