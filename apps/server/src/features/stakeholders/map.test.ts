import { LatestReading, OrgChart, OrgChartNode, StakeholderGrid } from '@vested/contracts';
import { quadrantOf } from '@vested/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestUser, type TestWorld, testWorld } from '../../test/harness';

/**
 * A small hand-worked account, seen through the org chart, the grid and the figures (today 2026-06-15):
 *
 * | contact | role / influence × factor = weight | interest | attitude  | readings                    | owner   |
 * | Dana    | decision_maker  5 × 3 = 15         | 5        | skeptic   | 05-10: 4, pulse today: 5    | AM, 06-01 |
 * | Eli     | economic_buyer  4 × 3 = 12         | 2        | neutral   | 02-01: 8                    | —       |
 * | Fay     | influencer      3 × 2 = 6          | 4        | champion  | 04-20: 9                    | —       |
 * | Gus     | user            1 × 1 = 1          | 1        | supporter | pulse today: 10             | AM      |
 * | Hal     | user            2 × 1 = 2          | 3        | neutral   | 04-01: 3; left 2026-05-31   | —       |
 *
 * Now: 4 active, satisfied (≥ 7) Eli, Fay, Gus → cement 3/4; weighted (12 + 6 + 1) / 34 = 19/34.
 * NPS from the latest pulse of each active contact: Gus 10 (promoter), Dana 5 (detractor) → 0. CSAT 5, 3 → 1/2.
 * Gaps: Eli has no owner, no touch, a reading 134 days old; every owned contact is held by the AM alone.
 * Trend (each contact on the map from their first reading; Hal not after leaving on 05-31):
 *   April: Eli ✓, Fay ✓, Hal ✗ → 2/3, weighted 18/20.  May: Dana ✗, Eli ✓, Fay ✓ → 2/3, weighted 18/33.
 */
const today = '2026-06-15';
let w: TestWorld;
let am: TestUser;
let accountId: string;
const id: Record<string, string> = {};

beforeAll(async () => {
  w = await testWorld({ clock: () => new Date(`${today}T10:00:00Z`) });
  am = await w.user('account_manager', { name: 'Alice Manager' });
  accountId = (await am.client.post('/api/v1/accounts', { name: 'Hand Worked', objective: 'growth' })).body
    .id;
  const add = async (name: string, body: Record<string, unknown>) => {
    const res = await am.client.post(`/api/v1/accounts/${accountId}/contacts`, { name, ...body });
    id[name] = res.body.id;
  };
  const read = (name: string, takenOn: string, score: number) =>
    am.client.post(`/api/v1/contacts/${id[name]}/readings`, { takenOn, score, source: 'meeting' });
  await add('Dana', { decisionRole: 'decision_maker', influence: 5, interest: 5, attitude: 'skeptic' });
  await add('Eli', { decisionRole: 'economic_buyer', influence: 4, interest: 2, reportsToId: id.Dana });
  await add('Fay', {
    decisionRole: 'influencer',
    influence: 3,
    interest: 4,
    attitude: 'champion',
    reportsToId: id.Dana,
  });
  await add('Gus', {
    decisionRole: 'user',
    influence: 1,
    interest: 1,
    attitude: 'supporter',
    reportsToId: id.Fay,
  });
  await add('Hal', { decisionRole: 'user', influence: 2, interest: 3, reportsToId: id.Fay });
  await read('Dana', '2026-05-10', 4);
  await read('Eli', '2026-02-01', 8);
  await read('Fay', '2026-04-20', 9);
  await read('Hal', '2026-04-01', 3);
  await am.client.post(`/api/v1/contacts/${id.Hal}/left`, { version: 1, leftOn: '2026-05-31' });
  const own = (name: string, lastTouchOn?: string) =>
    am.client.post(`/api/v1/contacts/${id[name]}/owners`, { personId: am.personId, lastTouchOn });
  await own('Dana', '2026-06-01');
  await own('Gus');
  const sent = await am.client.post(`/api/v1/accounts/${accountId}/pulses`, {
    contactIds: [id.Gus, id.Dana],
  });
  const link = (name: string) =>
    sent.body.items.find((p: { contactId: string }) => p.contactId === id[name]).link;
  await w.anonymous.post(`/api${link('Gus')}`, { nps: 10, csat: 5 });
  await w.anonymous.post(`/api${link('Dana')}`, { nps: 5, csat: 3, comment: 'Too slow' });
});
afterAll(() => w.close());

describe('the map of a hand-worked account', () => {
  it('figures: cement, weighted cement, NPS, CSAT, gaps and the monthly trend', async () => {
    const res = await am.client.get(`/api/v1/accounts/${accountId}/stakeholder-figures?months=3`);
    expect(res.status).toBe(200);
    const f = res.body;
    expect(f.cement).toMatchObject({ active: 4, withReading: 4, satisfied: 3, share: 0.75 });
    expect(f.cement.weightedShare).toBeCloseTo(19 / 34, 10);
    expect(f.nps).toEqual({ answers: 2, promoters: 1, passives: 0, detractors: 1, score: 0 });
    expect(f.csat).toEqual({ answers: 2, satisfied: 1, share: 0.5 });
    expect(f.gaps).toEqual([
      { kind: 'decider_without_owner', contactId: id.Eli, contactName: 'Eli' },
      { kind: 'decider_not_touched', contactId: id.Eli, contactName: 'Eli', lastTouchOn: null, days: null },
      {
        kind: 'decider_without_reading',
        contactId: id.Eli,
        contactName: 'Eli',
        lastReadingOn: '2026-02-01',
        days: 134,
      },
      { kind: 'single_threaded', personId: am.personId, personName: 'Alice Manager' },
    ]);
    const trend = f.trend.map((p: Record<string, number>) => [
      p.month,
      p.active,
      p.satisfied,
      p.weightedShare,
    ]);
    expect(trend).toEqual([
      ['2026-04', 3, 2, 18 / 20],
      ['2026-05', 3, 2, 18 / 33],
      ['2026-06', 4, 3, 19 / 34],
    ]);
    expect(f.roleFactors.decision_maker).toBe(3);
  });

  it('takes the thresholds from the query', async () => {
    const f = (
      await am.client.get(`/api/v1/accounts/${accountId}/stakeholder-figures?satisfiedAt=9&readingDays=200`)
    ).body;
    expect(f.cement.satisfied).toBe(2); // Fay 9, Gus 10
    expect(f.gaps.map((g: { kind: string }) => g.kind)).not.toContain('decider_without_reading');
    const bad = await am.client.get(`/api/v1/accounts/${accountId}/stakeholder-figures?satisfiedAt=11`);
    expect(bad.body.error.fields.satisfiedAt).toBeDefined();
  });

  it('org chart: every contact with parent, latest score and owners in one answer; left ones marked', async () => {
    const chart = (await am.client.get(`/api/v1/accounts/${accountId}/org-chart`)).body;
    const node = (name: string) => chart.nodes.find((n: { name: string }) => n.name === name);
    expect(chart.nodes.map((n: { name: string }) => n.name)).toEqual(['Dana', 'Eli', 'Fay', 'Gus', 'Hal']);
    expect(node('Dana')).toEqual({
      id: id.Dana,
      name: 'Dana',
      title: null,
      businessUnit: null,
      email: null,
      reportsToId: null,
      decisionRole: 'decision_maker',
      influence: 5,
      status: 'active',
      version: 1,
      // The pulse answered today (5) is later than the meeting reading of 05-10 (4).
      latestScore: 5,
      owners: [{ personId: am.personId, depthNow: 'vendor' }],
    });
    expect(node('Eli')).toMatchObject({ reportsToId: id.Dana, latestScore: 8, owners: [] });
    expect(node('Gus')).toMatchObject({ reportsToId: id.Fay, latestScore: 10 });
    expect(node('Hal')).toMatchObject({ status: 'left', latestScore: 3, owners: [] });
    expect(chart.ourPeople).toEqual([{ personId: am.personId, name: 'Alice Manager' }]);
  });

  it('org chart: of two readings on one day, the one recorded last is the latest, read again at once', async () => {
    const other = (await am.client.post('/api/v1/accounts', { name: 'Same Day', objective: 'growth' })).body
      .id;
    const ivy = (await am.client.post(`/api/v1/accounts/${other}/contacts`, { name: 'Ivy' })).body.id;
    const reading = (takenOn: string, score: number) =>
      am.client.post(`/api/v1/contacts/${ivy}/readings`, { takenOn, score, source: 'meeting' });
    const score = async () =>
      (await am.client.get(`/api/v1/accounts/${other}/org-chart`)).body.nodes[0].latestScore;
    expect(await score()).toBe(null);
    await reading('2026-06-10', 9);
    // The chart read a moment ago is not served again: the reading changed the data.
    expect(await score()).toBe(9);
    await reading('2026-06-10', 2);
    await reading('2026-06-01', 7);
    expect(await score()).toBe(2);
  });

  it('org chart: PostgreSQL writes it to the contract exactly — nothing missing, nothing more', async () => {
    const res = await am.client.get(`/api/v1/accounts/${accountId}/org-chart`);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(OrgChart.strict().parse(res.body)).toEqual(res.body);
    for (const node of res.body.nodes) {
      expect(Object.keys(node).sort()).toEqual(Object.keys(OrgChartNode.shape).sort());
      for (const owner of node.owners)
        expect(Object.keys(owner).sort()).toEqual(
          Object.keys(OrgChartNode.shape.owners.element.shape).sort(),
        );
    }
  });

  it("grid: each contact's quadrant is the domain's, on every influence × interest", async () => {
    const other = (await am.client.post('/api/v1/accounts', { name: 'Grid Co', objective: 'growth' })).body
      .id;
    for (let influence = 1; influence <= 5; influence++)
      for (let interest = 1; interest <= 5; interest++)
        await am.client.post(`/api/v1/accounts/${other}/contacts`, {
          name: `${influence}x${interest}`,
          influence,
          interest,
        });
    const grid = (await am.client.get(`/api/v1/accounts/${other}/stakeholder-grid`)).body;
    const placed = Object.entries(grid.quadrants as Record<string, { name: string }[]>).flatMap(
      ([quadrant, cards]) => cards.map((c) => [c.name, quadrant]),
    );
    expect(placed).toHaveLength(25);
    for (const [name, quadrant] of placed) {
      const [influence, interest] = name!.split('x').map(Number);
      expect([name, quadrant]).toEqual([name, quadrantOf(influence!, interest!)]);
    }
  });

  it('grid: PostgreSQL writes it to the contract exactly — nothing missing, nothing more', async () => {
    const res = await am.client.get(`/api/v1/accounts/${accountId}/stakeholder-grid`);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(StakeholderGrid.strict().parse(res.body)).toEqual(res.body);
    const card = StakeholderGrid.shape.quadrants.valueType.element;
    const cards = Object.values(res.body.quadrants as Record<string, Record<string, unknown>[]>).flat();
    expect(cards).toHaveLength(4);
    for (const c of cards) {
      expect(Object.keys(c).sort()).toEqual(Object.keys(card.shape).sort());
      if (c.latestReading !== null)
        expect(Object.keys(c.latestReading as object).sort()).toEqual(
          Object.keys(LatestReading.shape).sort(),
        );
    }
    // Dana: the pulse of today (5) is later than the meeting of 05-10; Gus has only his pulse.
    expect(res.body.quadrants.manage_closely[0]).toEqual({
      id: id.Dana,
      name: 'Dana',
      title: null,
      decisionRole: 'decision_maker',
      influence: 5,
      interest: 5,
      attitude: 'skeptic',
      latestReading: { takenOn: today, score: 5, source: 'pulse' },
    });
  });

  it('grid: active contacts by quadrant, 4 and up is high', async () => {
    const grid = (await am.client.get(`/api/v1/accounts/${accountId}/stakeholder-grid`)).body;
    const names = (q: string) => grid.quadrants[q].map((c: { name: string }) => c.name);
    expect(grid.highFrom).toBe(4);
    expect([
      names('manage_closely'),
      names('keep_satisfied'),
      names('keep_informed'),
      names('monitor'),
    ]).toEqual([['Dana'], ['Eli'], ['Fay'], ['Gus']]);
  });
});

describe('conflicts of interest', () => {
  it("records the article's IT-versus-business conflict and its win-win resolution", async () => {
    const created = await am.client.post(`/api/v1/accounts/${accountId}/conflicts`, {
      title: 'IT wants a programme, the business wants something quick',
      sides: [
        { contactIds: [id.Dana], wants: 'A large 2–3 year programme' },
        { contactIds: [id.Fay, id.Gus], wants: 'Something small and quick' },
      ],
      meaningForUs: 'Either side can stop the deal',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'open', version: 1 });
    const url = `/api/v1/accounts/${accountId}/conflicts/${created.body.id}`;
    const resolved = await am.client.patch(url, {
      version: 1,
      resolution: "A 4-month project on the client's platform",
      outcome: 'win-win',
      status: 'resolved',
    });
    expect(resolved.body).toMatchObject({ status: 'resolved', outcome: 'win-win', version: 2 });
    expect((await am.client.patch(url, { version: 1, status: 'open' })).status).toBe(409);
    const list = await am.client.get(`/api/v1/accounts/${accountId}/conflicts`);
    expect(list.body.items).toHaveLength(1);
  });

  it('refuses sides naming a contact of another account (422 by field) and a single side (400)', async () => {
    const other = (await am.client.post('/api/v1/accounts', { name: 'Elsewhere', objective: 'image' })).body
      .id;
    const stranger = (await am.client.post(`/api/v1/accounts/${other}/contacts`, { name: 'Stranger' })).body
      .id;
    const foreign = await am.client.post(`/api/v1/accounts/${accountId}/conflicts`, {
      title: 'Mixed',
      sides: [
        { contactIds: [id.Dana], wants: 'a' },
        { contactIds: [id.Fay, stranger], wants: 'b' },
      ],
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.fields).toEqual({ 'sides.1.contactIds.1': 'Choose a contact of this account' });
    const lonely = await am.client.post(`/api/v1/accounts/${accountId}/conflicts`, {
      title: 'Alone',
      sides: [{ contactIds: [id.Dana], wants: 'a' }],
    });
    expect(lonely.status).toBe(400);
    expect(lonely.body.error.fields.sides).toBeDefined();
  });
});
