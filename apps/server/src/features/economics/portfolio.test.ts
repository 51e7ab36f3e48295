import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestUser, type TestWorld, testWorld } from '../../test/harness';
import { makeAccount } from './fixtures';

// The article's point: one account returns 120 on 100, another 150 on 100; both are good, only the
// second is key (top quartile of two ranked accounts = one slot). As of 2026-05 (last complete month).
let w: TestWorld;
let director: TestUser;
let alice: TestUser;
const ids: Record<string, string> = {};

beforeAll(async () => {
  w = await testWorld({ clock: () => new Date('2026-06-15T10:00:00Z') });
  director = await w.user('director');
  alice = await w.user('account_manager', { name: 'Alice' });
  const c = director.client;
  const invest = (id: string, amount: number, date = '2025-10-10') =>
    c.post(`/api/v1/accounts/${id}/investments`, {
      kind: 'business_study',
      date,
      amount: { amount, currency: 'USD' },
    });
  const back = (id: string, amount: number, month = '2025-11') =>
    c.put(`/api/v1/accounts/${id}/returns`, { month, kind: 'revenue', currency: 'USD', amount });

  ids.steady = await makeAccount(w, director, 'Steady', { managerPersonId: alice.personId });
  ids.star = await makeAccount(w, director, 'Star');
  ids.image = await makeAccount(w, director, 'Image', { objective: 'image' });
  ids.young = await makeAccount(w, director, 'Young', { startedOn: '2026-05-01' });
  await invest(ids.steady!, 10000);
  await back(ids.steady!, 12000);
  await invest(ids.star!, 10000);
  await back(ids.star!, 15000);
  await invest(ids.image!, 10000);
  await back(ids.image!, 3000);
  for (const [kind, score] of [
    ['reference', 5],
    ['case_study', 4],
    ['logo_use', 3],
  ] as const)
    await c.post(`/api/v1/accounts/${ids.image}/value-events`, { kind, date: '2026-01-15', score });
  // Outside the trailing year: does not count.
  await invest(ids.star!, 99999, '2024-01-10');
});
afterAll(() => w.close());

type Item = {
  reasons: { code: string }[];
  name: string;
  roiMultiple: number | null;
  rank: number | null;
  suggestedTier: string;
  decidedTier: string;
  status: string;
};
const byName = (items: Item[]) => Object.fromEntries(items.map((i) => [i.name, i]));

describe('the portfolio', () => {
  it('ranks 1.5 above 1.2 and suggests only the 1.5 account as key', async () => {
    const res = await director.client.get('/api/v1/portfolio');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      currency: 'USD',
      asOf: '2026-05-31',
      period: { from: '2025-06-01', to: '2026-05-31' },
      total: 4,
    });
    const items = byName(res.body.items);
    expect(items.Star).toMatchObject({
      invested: 10000,
      returned: 15000,
      roiMultiple: 1.5,
      rank: 1,
      suggestedTier: 'key',
      decidedTier: 'regular',
      status: 'on_track',
    });
    expect(items.Steady).toMatchObject({
      invested: 10000,
      returned: 12000,
      roiMultiple: 1.2,
      rank: 2,
      suggestedTier: 'regular',
      status: 'on_track',
    });
    expect(items.Image).toMatchObject({
      rankGroup: 'image',
      roiMultiple: 0.3,
      valueScore: 12,
      rank: 1,
      suggestedTier: 'key',
      status: 'on_track',
    });
    expect(items.Image!.reasons.map((r: { code: string }) => r.code)).toEqual([
      'value_score_on_target',
      'roi_below_one_expected',
    ]);
    expect(items.Young).toMatchObject({
      roiMultiple: null,
      rank: null,
      suggestedTier: 'regular',
      status: 'at_risk',
    });
    expect(res.body.items.map((i: Item) => i.name)).toEqual(['Star', 'Image', 'Steady', 'Young']);
  });

  it('filters, sorts and pages on the server; the decided tier is shown beside the suggestion', async () => {
    const account = await director.client.get(`/api/v1/accounts/${ids.star}`);
    await director.client.post(`/api/v1/accounts/${ids.star}/tier`, {
      tier: 'key',
      reason: 'Returns 1.5 on each 1',
      version: account.body.version,
    });
    const growth = await director.client.get(
      '/api/v1/portfolio?objective=growth&sort=-roiMultiple&pageSize=1',
    );
    expect(growth.body).toMatchObject({ total: 3, page: 1, pageSize: 1 });
    expect(growth.body.items.map((i: Item) => [i.name, i.decidedTier, i.suggestedTier])).toEqual([
      ['Star', 'key', 'key'],
    ]);
    const second = await director.client.get(
      '/api/v1/portfolio?objective=growth&sort=-roiMultiple&pageSize=1&page=2',
    );
    expect(second.body.items.map((i: Item) => i.name)).toEqual(['Steady']);
    expect(
      (await director.client.get('/api/v1/portfolio?tier=key')).body.items.map((i: Item) => i.name),
    ).toEqual(['Star']);
    expect(
      (await director.client.get('/api/v1/portfolio?suggestedTier=key&sort=name')).body.items.map(
        (i: Item) => i.name,
      ),
    ).toEqual(['Image', 'Star']);
    expect(
      (await director.client.get(`/api/v1/portfolio?managerPersonId=${alice.personId}`)).body.items.map(
        (i: Item) => i.name,
      ),
    ).toEqual(['Steady']);
    expect(
      (await director.client.get('/api/v1/portfolio?status=at_risk')).body.items.map((i: Item) => i.name),
    ).toEqual(['Young']);
  });

  it('an account manager sees only their accounts, ranked within the whole portfolio', async () => {
    const res = await alice.client.get('/api/v1/portfolio');
    expect(res.body.items.map((i: Item) => [i.name, i.rank, i.suggestedTier])).toEqual([
      ['Steady', 2, 'regular'],
    ]);
    expect(res.body.total).toBe(1);
  });

  it('answers people asking together alike, and shows a change made while others were asking', async () => {
    // Portfolio answers are shared by requests that arrive together (coalesce.ts); each must still be
    // the caller's own view, and a return saved meanwhile must show in every answer asked for after it.
    const together = await Promise.all([
      director.client.get('/api/v1/portfolio?sort=name'),
      alice.client.get('/api/v1/portfolio'),
      director.client.get('/api/v1/portfolio?sort=name'),
    ]);
    expect(together.map((r) => r.body.total)).toEqual([4, 1, 4]);
    const inFlight = director.client.get('/api/v1/portfolio?sort=name');
    // Steady: 10000 in; revenue 12000 (2025-11) + 3000 (2026-01) back → ROI 1.5.
    const saved = await director.client.put(`/api/v1/accounts/${ids.steady}/returns`, {
      month: '2026-01',
      kind: 'revenue',
      currency: 'USD',
      amount: 3000,
    });
    expect(saved.status).toBe(200);
    const [, afterSave, alices] = await Promise.all([
      inFlight,
      director.client.get('/api/v1/portfolio?sort=name'),
      alice.client.get('/api/v1/portfolio'),
    ]);
    expect(byName(afterSave.body.items).Steady!.roiMultiple).toBe(1.5);
    expect(alices.body.items.map((i: Item) => [i.name, i.roiMultiple])).toEqual([['Steady', 1.5]]);
    await director.client.put(`/api/v1/accounts/${ids.steady}/returns`, {
      month: '2026-01',
      kind: 'revenue',
      currency: 'USD',
      amount: null,
    });
  });

  it('matches the account figures of the same trailing year', async () => {
    const res = await director.client.get(`/api/v1/accounts/${ids.star}/economics`);
    expect(res.body.trailingTwelveMonths).toMatchObject({
      from: '2025-06-01',
      to: '2026-05-31',
      invested: 10000,
      returned: 15000,
      roiMultiple: 1.5,
    });
    expect(res.body.invested.total).toBe(109999);
    expect(res.body.objective).toMatchObject({ objective: 'growth', status: 'on_track' });
  });

  it("an account's figures, read again after a change, show the change (kept answers go)", async () => {
    const path = `/api/v1/accounts/${ids.young}/economics`;
    const before = await director.client.get(path);
    expect((await director.client.get(path)).body).toEqual(before.body);
    const made = await director.client.post(`/api/v1/accounts/${ids.young}/investments`, {
      kind: 'travel',
      date: '2026-05-20',
      amount: { amount: 2500, currency: 'USD' },
    });
    expect(made.status).toBe(201);
    const after = await director.client.get(path);
    expect(after.body.invested.total).toBe(before.body.invested.total + 2500);
    // In the portfolio too: 2,500 in and nothing back is a ROI of 0, ranked after Star and Steady.
    expect(byName((await director.client.get('/api/v1/portfolio')).body.items).Young!).toMatchObject({
      invested: 2500,
      roiMultiple: 0,
      rank: 3,
    });
    await director.client.delete(`/api/v1/accounts/${ids.young}/investments/${made.body.id}`);
    expect((await director.client.get(path)).body).toEqual(before.body);
  });
});
