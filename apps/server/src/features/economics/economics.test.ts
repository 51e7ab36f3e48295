import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestUser, type TestWorld, testWorld } from '../../test/harness';
import { checkRollup } from './consistency';
import { makeAccount } from './fixtures';

// "As of" defaults to the last complete month: 2026-05.
const today = '2026-06-15';
let w: TestWorld;
let director: TestUser;
let finance: TestUser;
let viewer: TestUser;
let alice: TestUser; // account manager of "Hand"
let carol: TestUser; // engineer on "Hand"
let dave: TestUser; // member elsewhere
let hand: string;
let other: string;

beforeAll(async () => {
  w = await testWorld({ clock: () => new Date(`${today}T10:00:00Z`) });
  director = await w.user('director');
  finance = await w.user('finance');
  viewer = await w.user('viewer');
  alice = await w.user('account_manager', { name: 'Alice' });
  carol = await w.user('member', { name: 'Carol' });
  dave = await w.user('member', { name: 'Dave' });
  hand = await makeAccount(w, director, 'Hand', { managerPersonId: alice.personId });
  other = await makeAccount(w, director, 'Other');
  await director.client.post(`/api/v1/accounts/${hand}/team`, {
    personId: carol.personId,
    role: 'engineer',
    from: '2025-01-01',
  });
});
afterAll(() => w.close());

describe('figures of a small account worked out by hand', () => {
  it('100.00 invested (60.00 travel + 2 h at 20.00), EUR 100.00 back at 1.2 → 120.00, ROI 1.2', async () => {
    expect(
      (
        await finance.client.post('/api/v1/economics/cost-rates', {
          level: 'person',
          personId: carol.personId,
          from: '2025-01-01',
          hourly: { amount: 2000, currency: 'USD' },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await finance.client.put('/api/v1/economics/exchange-rates', {
          currency: 'EUR',
          month: '2025-07',
          ratePerBase: '1.2',
        })
      ).status,
    ).toBe(200);
    const travel = await alice.client.post(`/api/v1/accounts/${hand}/investments`, {
      kind: 'travel',
      date: '2025-06-10',
      amount: { amount: 6000, currency: 'USD' },
      note: 'kick-off visit',
    });
    expect(travel.status).toBe(201);
    const labor = await alice.client.post(`/api/v1/accounts/${hand}/investments`, {
      kind: 'labor',
      date: '2025-06-11',
      personId: carol.personId,
      hours: 2,
    });
    expect(labor.status).toBe(201);
    expect(labor.body).toMatchObject({ role: 'engineer', hours: '2', personName: 'Carol' });
    const ret = await finance.client.put(`/api/v1/accounts/${hand}/returns`, {
      month: '2025-07',
      kind: 'revenue',
      currency: 'EUR',
      amount: 10000,
    });
    expect(ret.status).toBe(200);

    const res = await carol.client.get(`/api/v1/accounts/${hand}/economics?from=2025-06&to=2025-07`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      currency: 'USD',
      basis: 'margin',
      period: { from: '2025-06-01', to: '2025-07-31' },
      invested: { total: 10000, byKind: { labor: 4000, travel: 6000 } },
      returned: { total: 12000, revenue: 12000, deliveryCost: 0, months: 1 },
      net: 2000,
      roiMultiple: 1.2,
      paybackDate: '2025-07-31',
      monthly: [
        { month: '2025-06', invested: 10000, returned: 0, cumulativeNet: -10000 },
        { month: '2025-07', invested: 0, returned: 12000, cumulativeNet: 2000 },
      ],
    });
    expect(res.body.invested.byPerson).toEqual([
      { personId: null, name: null, amount: 6000 },
      { personId: carol.personId, name: 'Carol', amount: 4000 },
    ]);
    expect(await checkRollup(w.database.db)).toEqual([]);
  });

  it('a cost rate from mid-month revalues the hours it covers, and removing it restores them', async () => {
    const rate = await finance.client.post('/api/v1/economics/cost-rates', {
      level: 'person',
      personId: carol.personId,
      from: '2025-06-11',
      hourly: { amount: 3000, currency: 'USD' },
    });
    expect(rate.status).toBe(201);
    let res = await director.client.get(`/api/v1/accounts/${hand}/economics?from=2025-06&to=2025-07`);
    expect(res.body).toMatchObject({ invested: { total: 12000 }, roiMultiple: 1 });
    expect(await checkRollup(w.database.db)).toEqual([]);
    expect((await finance.client.delete(`/api/v1/economics/cost-rates/${rate.body.id}`)).status).toBe(200);
    res = await director.client.get(`/api/v1/accounts/${hand}/economics?from=2025-06&to=2025-07`);
    expect(res.body).toMatchObject({ invested: { total: 10000 }, roiMultiple: 1.2 });
  });

  it('a month without its rate answers 422 naming the currency and month, never a silent 1.0; the portfolio marks only that account', async () => {
    await finance.client.put(`/api/v1/accounts/${hand}/returns`, {
      month: '2025-07',
      kind: 'delivery_cost',
      currency: 'GBP',
      amount: 500,
    });
    const res = await director.client.get(`/api/v1/accounts/${hand}/economics?from=2025-06&to=2025-07`);
    expect(res.status).toBe(422);
    expect(res.body.error).toEqual({
      code: 'rule_broken',
      message: 'No GBP rate for 2025-07',
      fields: { currency: 'GBP', month: '2025-07' },
    });
    // The portfolio still answers: Hand's figures are unknown (2025-07 is in the trailing year as of
    // 2026-05), it is not ranked, and the reason names the missing rate; Other is answered as usual.
    const portfolio = await director.client.get('/api/v1/portfolio?sort=name');
    expect(portfolio.status).toBe(200);
    const [handItem, otherItem] = portfolio.body.items;
    expect(handItem).toMatchObject({
      name: 'Hand',
      invested: null,
      returned: null,
      revenue: null,
      net: null,
      roiMultiple: null,
      rank: null,
      suggestedTier: 'regular',
      status: 'at_risk',
      reasons: [
        {
          code: 'missing_rate',
          message: 'No GBP rate for 2025-07',
          params: { currency: 'GBP', month: '2025-07' },
        },
      ],
    });
    expect(otherItem).toMatchObject({ name: 'Other', invested: expect.any(Number) });
    expect(otherItem.reasons.map((r: { code: string }) => r.code)).not.toContain('missing_rate');

    await finance.client.put('/api/v1/economics/exchange-rates', {
      currency: 'GBP',
      month: '2025-07',
      ratePerBase: '1.25',
    });
    const fixed = await director.client.get(`/api/v1/accounts/${hand}/economics?from=2025-06&to=2025-07`);
    expect(fixed.body.returned).toMatchObject({ deliveryCost: 625, total: 12000 - 625 });
    const removed = await finance.client.put(`/api/v1/accounts/${hand}/returns`, {
      month: '2025-07',
      kind: 'delivery_cost',
      currency: 'GBP',
      amount: null,
    });
    expect(removed.body).toEqual({ item: null });
    expect(await checkRollup(w.database.db)).toEqual([]);
  });

  it('hours no cost rate values answer 422 naming the person and day', async () => {
    const made = await alice.client.post(`/api/v1/accounts/${hand}/investments`, {
      kind: 'labor',
      date: '2025-07-02',
      personId: alice.personId,
      hours: 1.5,
    });
    expect(made.status).toBe(201);
    const res = await director.client.get(`/api/v1/accounts/${hand}/economics?from=2025-06&to=2025-07`);
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual({
      personId: alice.personId,
      date: '2025-07-02',
      role: 'account_manager',
    });
    const portfolio = await director.client.get('/api/v1/portfolio?sort=name');
    expect(portfolio.status).toBe(200);
    expect(portfolio.body.items[0]).toMatchObject({
      name: 'Hand',
      invested: null,
      status: 'at_risk',
      reasons: [
        {
          code: 'missing_cost_rate',
          params: { personId: alice.personId, date: '2025-07-02', role: 'account_manager' },
        },
      ],
    });
    await alice.client.delete(`/api/v1/accounts/${hand}/investments/${made.body.id}`);
    expect(
      (await director.client.get(`/api/v1/accounts/${hand}/economics?from=2025-06&to=2025-07`)).status,
    ).toBe(200);
  });
});

describe('validation: every endpoint names the bad fields', () => {
  const fieldsOf = (res: { status: number; body: { error: { fields?: Record<string, string> } } }) => {
    expect(res.status).toBe(400);
    return Object.keys(res.body.error.fields ?? {}).sort();
  };

  it('settings, exchange rates and cost rates', async () => {
    const c = finance.client;
    expect(
      fieldsOf(
        await c.patch('/api/v1/economics/settings', {
          version: 'x',
          baseCurrency: 'ZZZ',
          keyAccountShare: '2',
        }),
      ),
    ).toEqual(['baseCurrency', 'keyAccountShare', 'version']);
    expect(
      fieldsOf(await c.patch('/api/v1/economics/settings', { version: 1, targets: { roiTarget: 'abc' } })),
    ).toEqual(['targets.roiTarget']);
    expect(
      fieldsOf(
        await c.put('/api/v1/economics/exchange-rates', {
          currency: 'ZZZ',
          month: '2025-13',
          ratePerBase: 'abc',
        }),
      ),
    ).toEqual(['currency', 'month', 'ratePerBase']);
    expect(
      fieldsOf(
        await c.put('/api/v1/economics/exchange-rates', {
          currency: 'EUR',
          month: '2025-01',
          ratePerBase: '0',
        }),
      ),
    ).toEqual(['ratePerBase']);
    expect(fieldsOf(await c.delete('/api/v1/economics/exchange-rates/ZZZ/2025-13'))).toEqual([
      'currency',
      'month',
    ]);
    expect(fieldsOf(await c.get('/api/v1/economics/exchange-rates?from=2025'))).toEqual(['from']);
    expect(
      fieldsOf(
        await c.post('/api/v1/economics/cost-rates', {
          level: 'person',
          from: '2025-02-30',
          hourly: { amount: 1.5, currency: 'USD' },
        }),
      ),
    ).toEqual(['from', 'hourly.amount']);
    expect(
      fieldsOf(
        await c.post('/api/v1/economics/cost-rates', {
          level: 'person',
          from: '2025-02-01',
          hourly: { amount: 100, currency: 'USD' },
        }),
      ),
    ).toEqual(['personId']);
    expect(fieldsOf(await c.delete('/api/v1/economics/cost-rates/nope'))).toEqual(['rateId']);
    // A role rate names a role of the workspace's list: its own roles too, not only the built-in ones.
    const wranglerRate = {
      level: 'role',
      role: 'data_wrangler',
      from: '2025-02-01',
      hourly: { amount: 9000, currency: 'EUR' },
    };
    const unknownRole = await c.post('/api/v1/economics/cost-rates', wranglerRate);
    expect(unknownRole.status).toBe(422);
    expect(unknownRole.body.error.fields).toEqual({ role: 'No such role' });
    const director = await w.user('director');
    const ownRole = await director.client.post('/api/v1/team-roles', { name: 'Data wrangler' });
    expect(ownRole.status).toBe(201);
    expect(ownRole.body.key).toBe('data_wrangler');
    const rate = await c.post('/api/v1/economics/cost-rates', wranglerRate);
    expect(rate.status).toBe(201);
    expect(rate.body).toMatchObject({
      level: 'role',
      role: 'data_wrangler',
      hourly: { amount: 9000, currency: 'EUR' },
    });
    expect(fieldsOf(await c.get('/api/v1/economics/cost-rates?level=team'))).toEqual(['level']);
  });

  it('investments, returns, value events, figures and the portfolio', async () => {
    const c = director.client;
    const base = `/api/v1/accounts/${hand}`;
    expect(
      fieldsOf(
        await c.post(`${base}/investments`, { kind: 'labor', date: 'x', personId: 'nope', hours: -1 }),
      ),
    ).toEqual(['date', 'hours', 'personId']);
    expect(
      fieldsOf(
        await c.post(`${base}/investments`, {
          kind: 'travel',
          date: '2025-01-01',
          amount: { amount: 10.5, currency: 'usd' },
        }),
      ),
    ).toEqual(['amount.amount']);
    expect(fieldsOf(await c.post(`${base}/investments`, { kind: 'gifts', date: '2025-01-01' }))).toEqual([
      'kind',
    ]);
    expect(fieldsOf(await c.get(`${base}/investments?from=yesterday&pageSize=500`))).toEqual([
      'from',
      'pageSize',
    ]);
    const made = await c.post(`${base}/investments`, {
      kind: 'other',
      date: '2025-06-20',
      amount: { amount: 0, currency: 'USD' },
    });
    expect(fieldsOf(await c.patch(`${base}/investments/${made.body.id}`, { version: 0 }))).toEqual([
      'version',
    ]);
    const wrongShape = await c.patch(`${base}/investments/${made.body.id}`, { version: 1, hours: 3 });
    expect(fieldsOf(wrongShape)).toEqual(['hours']);
    await c.delete(`${base}/investments/${made.body.id}`);
    expect(
      fieldsOf(
        await c.put(`${base}/returns`, { month: '2025-1', kind: 'profit', currency: 'USD', amount: 1.5 }),
      ),
    ).toEqual(['amount', 'kind', 'month']);
    expect(
      fieldsOf(await c.post(`${base}/value-events`, { kind: 'x', date: '2025-01-01', score: -1 })),
    ).toEqual(['kind', 'score']);
    expect(fieldsOf(await c.get(`${base}/economics?from=2025-13`))).toEqual(['from']);
    expect(fieldsOf(await c.get(`${base}/economics?from=2025-06&to=2025-01`))).toEqual(['to']);
    expect(fieldsOf(await c.get('/api/v1/portfolio?sort=bogus&objective=x'))).toEqual(['objective', 'sort']);
  });
});

describe('access', () => {
  it('a member sees the economics of their accounts only; others answer 404', async () => {
    expect((await carol.client.get(`/api/v1/accounts/${hand}/economics`)).status).toBe(200);
    expect((await carol.client.get(`/api/v1/accounts/${hand}/investments`)).status).toBe(200);
    for (const path of ['economics', 'investments', 'returns', 'value-events'])
      expect((await dave.client.get(`/api/v1/accounts/${hand}/${path}`)).status).toBe(404);
    expect((await carol.client.get(`/api/v1/accounts/${other}/economics`)).status).toBe(404);
    const seen = await carol.client.get('/api/v1/portfolio');
    expect(seen.body.items.map((i: { name: string }) => i.name)).toEqual(['Hand']);
    expect((await dave.client.get('/api/v1/portfolio')).body.items).toEqual([]);
  });

  it('a team member may not record; the AM records investments and value events but not returns', async () => {
    const body = { kind: 'travel', date: '2025-06-01', amount: { amount: 100, currency: 'USD' } };
    expect((await carol.client.post(`/api/v1/accounts/${hand}/investments`, body)).status).toBe(403);
    const event = await alice.client.post(`/api/v1/accounts/${hand}/value-events`, {
      kind: 'reference',
      date: '2025-08-01',
      score: 3,
    });
    expect(event.status).toBe(201);
    const ret = { month: '2025-08', kind: 'revenue', currency: 'USD', amount: 100 };
    expect((await alice.client.put(`/api/v1/accounts/${hand}/returns`, ret)).status).toBe(403);
    expect((await alice.client.post(`/api/v1/accounts/${other}/investments`, body)).status).toBe(404);
    expect((await alice.client.get('/api/v1/economics/cost-rates')).status).toBe(403);
    await alice.client.delete(`/api/v1/accounts/${hand}/value-events/${event.body.id}`);
  });

  it("a value event's money equivalent is set by the director only, never by the AM or finance", async () => {
    const base = `/api/v1/accounts/${hand}/value-events`;
    const worth = { amount: 5000, currency: 'USD' };
    const refused = await alice.client.post(base, {
      kind: 'case_study',
      date: '2025-09-01',
      score: 4,
      moneyEquivalent: worth,
    });
    expect(refused.status).toBe(403);
    expect(Object.keys(refused.body.error.fields)).toEqual(['moneyEquivalent']);
    expect((await alice.client.get(base)).body.total).toBe(0);

    const event = await alice.client.post(base, { kind: 'case_study', date: '2025-09-01', score: 4 });
    expect(event.status).toBe(201);
    const financeTry = await finance.client.patch(`${base}/${event.body.id}`, {
      version: 1,
      moneyEquivalent: worth,
    });
    expect(financeTry.status).toBe(403);
    // The AM may still change the score; the director adds the money equivalent.
    expect((await alice.client.patch(`${base}/${event.body.id}`, { version: 1, score: 5 })).status).toBe(200);
    const valued = await director.client.patch(`${base}/${event.body.id}`, {
      version: 2,
      moneyEquivalent: worth,
    });
    expect(valued.status).toBe(200);
    expect(valued.body.moneyEquivalent).toEqual(worth);
    await director.client.delete(`${base}/${event.body.id}`);
  });

  it('finance reads every account and writes returns and investments; the viewer reads only', async () => {
    expect((await finance.client.get(`/api/v1/accounts/${other}/economics`)).status).toBe(200);
    const ret = { month: '2025-08', kind: 'revenue', currency: 'USD', amount: 100 };
    expect((await finance.client.put(`/api/v1/accounts/${other}/returns`, ret)).status).toBe(200);
    const body = { kind: 'travel', date: '2025-06-01', amount: { amount: 100, currency: 'USD' } };
    const made = await finance.client.post(`/api/v1/accounts/${other}/investments`, body);
    expect(made.status).toBe(201);

    expect((await viewer.client.get(`/api/v1/accounts/${other}/economics`)).status).toBe(200);
    expect((await viewer.client.get('/api/v1/portfolio')).body.total).toBe(2);
    expect((await viewer.client.put(`/api/v1/accounts/${other}/returns`, ret)).status).toBe(403);
    expect((await viewer.client.post(`/api/v1/accounts/${other}/investments`, body)).status).toBe(403);
    expect(
      (
        await viewer.client.patch(`/api/v1/accounts/${other}/investments/${made.body.id}`, {
          version: 1,
          note: 'x',
        })
      ).status,
    ).toBe(403);
    expect((await viewer.client.delete(`/api/v1/accounts/${other}/investments/${made.body.id}`)).status).toBe(
      403,
    );
    expect(
      (
        await viewer.client.post(`/api/v1/accounts/${other}/value-events`, {
          kind: 'award',
          date: '2025-01-01',
          score: 1,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await viewer.client.put('/api/v1/economics/exchange-rates', {
          currency: 'EUR',
          month: '2025-01',
          ratePerBase: '1.1',
        })
      ).status,
    ).toBe(403);
    expect(
      (await viewer.client.patch('/api/v1/economics/settings', { version: 1, returnBasis: 'revenue' }))
        .status,
    ).toBe(403);
    expect((await viewer.client.get('/api/v1/economics/cost-rates')).status).toBe(403);
    expect((await viewer.client.get('/api/v1/economics/settings')).status).toBe(200);
    expect((await viewer.client.get('/api/v1/economics/exchange-rates')).body.total).toBeGreaterThan(0);
    await finance.client.delete(`/api/v1/accounts/${other}/investments/${made.body.id}`);
    await finance.client.put(`/api/v1/accounts/${other}/returns`, { ...ret, amount: null });
  });
});

describe('versions', () => {
  it('a stale investment, value event or settings edit answers 409 and changes nothing', async () => {
    const base = `/api/v1/accounts/${hand}`;
    const made = await director.client.post(`${base}/investments`, {
      kind: 'organizational',
      date: '2025-06-05',
      amount: { amount: 100, currency: 'USD' },
    });
    const first = await director.client.patch(`${base}/investments/${made.body.id}`, {
      version: 1,
      amount: { amount: 200, currency: 'USD' },
    });
    expect(first.body).toMatchObject({ version: 2, amount: { amount: 200, currency: 'USD' } });
    const stale = await director.client.patch(`${base}/investments/${made.body.id}`, {
      version: 1,
      amount: { amount: 900, currency: 'USD' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
    const list = await director.client.get(`${base}/investments?kind=organizational`);
    expect(list.body.items.map((i: { amount: { amount: number } }) => i.amount.amount)).toEqual([200]);
    await director.client.delete(`${base}/investments/${made.body.id}`);

    const event = await director.client.post(`${base}/value-events`, {
      kind: 'case_study',
      date: '2025-09-01',
      score: 5,
    });
    expect(
      (await director.client.patch(`${base}/value-events/${event.body.id}`, { version: 1, score: 6 })).body
        .version,
    ).toBe(2);
    expect(
      (await director.client.patch(`${base}/value-events/${event.body.id}`, { version: 1, score: 7 })).status,
    ).toBe(409);
    await director.client.delete(`${base}/value-events/${event.body.id}`);

    const settings = await director.client.get('/api/v1/economics/settings');
    expect(settings.body).toMatchObject({ baseCurrency: 'USD', keyAccountShare: '0.25', version: 1 });
    const changed = await director.client.patch('/api/v1/economics/settings', {
      version: 1,
      annualInflation: '0.04',
    });
    expect(changed.body).toMatchObject({ annualInflation: '0.04', version: 2 });
    expect(
      (await director.client.patch('/api/v1/economics/settings', { version: 1, annualInflation: '0.05' }))
        .status,
    ).toBe(409);
    const base422 = await director.client.patch('/api/v1/economics/settings', {
      version: 2,
      baseCurrency: 'EUR',
    });
    expect(base422.status).toBe(422);
    expect(Object.keys(base422.body.error.fields)).toEqual(['baseCurrency']);
  });
});
