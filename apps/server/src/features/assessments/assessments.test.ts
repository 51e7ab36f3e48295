import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { type TestUser, type TestWorld, testWorld } from '../../test/harness';

// Assessed period: the first half of 2026 (six months); the period before it: July–December 2025.
const today = '2026-07-15';
const period = { periodFrom: '2026-01-01', periodTo: '2026-06-30' };
let w: TestWorld;
let director: TestUser;
let alice: TestUser; // AM of Albion all along, of Bergen from 1 April 2026
let bob: TestUser; // AM of Bergen until 31 March 2026
let member: TestUser;
let albion: string;
let bergen: string;

const criteria = [
  'listening',
  'asking_questions',
  'foreseeing_problems',
  'managing_expectations',
  'leading_team',
  'presenting_services',
  'services_knowledge',
  'experience',
];
const scores = (levels: number[]) =>
  Object.fromEntries(criteria.map((c, i) => [c, { level: levels[i], evidence: `Seen in the ${c} review` }]));

async function ok(res: Promise<{ status: number; body: unknown }>, status = 201) {
  const r = await res;
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r.body as { id: string };
}

beforeAll(async () => {
  w = await testWorld({ clock: () => new Date(`${today}T10:00:00Z`) });
  director = await w.user('director', { name: 'Dana Director' });
  alice = await w.user('account_manager', { name: 'Alice' });
  bob = await w.user('account_manager', { name: 'Bob' });
  member = await w.user('member');
  const c = director.client;
  albion = (
    await ok(
      c.post('/api/v1/accounts', {
        name: 'Albion',
        objective: 'growth',
        startedOn: '2025-01-01',
        managerPersonId: alice.personId,
      }),
    )
  ).id;
  bergen = (
    await ok(
      c.post('/api/v1/accounts', {
        name: 'Bergen',
        objective: 'growth',
        startedOn: '2026-04-01',
        managerPersonId: alice.personId,
      }),
    )
  ).id;
  // Bob managed Bergen before Alice.
  await ok(
    c.post(`/api/v1/accounts/${bergen}/team`, {
      personId: bob.personId,
      role: 'account_manager',
      from: '2025-01-01',
      to: '2026-03-31',
    }),
  );
  // Money in USD minor units (the base currency); return basis: margin, no delivery cost recorded.
  const invest = (account: string, date: string, amount: number) =>
    ok(
      c.post(`/api/v1/accounts/${account}/investments`, {
        kind: 'travel',
        date,
        amount: { amount, currency: 'USD' },
      }),
    );
  const revenue = (account: string, month: string, amount: number) =>
    ok(
      c.put(`/api/v1/accounts/${account}/returns`, { month, kind: 'revenue', currency: 'USD', amount }),
      200,
    );
  await invest(albion, '2025-08-05', 100_000);
  await revenue(albion, '2025-10', 110_000);
  await invest(albion, '2026-02-10', 100_000);
  await revenue(albion, '2026-03', 150_000);
  await invest(bergen, '2026-05-01', 100_000);
  await revenue(bergen, '2026-05', 50_000);
  // Albion's contacts: one unhappy (5) then satisfied (8), one satisfied (8) throughout.
  for (const [name, scores_] of [
    ['Ann Client', [5, 8]],
    ['Carl Client', [8]],
  ] as const) {
    const contact = await ok(c.post(`/api/v1/accounts/${albion}/contacts`, { name }));
    await ok(
      c.post(`/api/v1/contacts/${contact.id}/readings`, {
        takenOn: '2025-12-01',
        score: scores_[0],
        source: 'meeting',
      }),
    );
    if (scores_[1])
      await ok(
        c.post(`/api/v1/contacts/${contact.id}/readings`, {
          takenOn: '2026-05-01',
          score: scores_[1],
          source: 'meeting',
        }),
      );
  }
  // Setting up takes several requests; on a machine shared by many test runs that can pass a minute.
}, 180_000);
afterAll(() => w.close());

describe('an assessment beside the results of the same period', () => {
  it('a director records one; it comes back with the results measured across the AM’s accounts', async () => {
    const res = await director.client.post(`/api/v1/managers/${alice.personId}/assessments`, {
      ...period,
      scores: scores([4, 3, 5, 4, 2, 3, 4, 5]),
      summary: 'Strong with clients, building the team',
    });
    expect(res.status).toBe(201);
    const a = res.body;
    // (4 + 3 + 5 + 4 + 2 + 3 + 4 + 5) / 8 = 3.75
    expect(a).toMatchObject({
      personName: 'Alice',
      ...period,
      average: 3.75,
      assessedByName: 'Dana Director',
      version: 1,
    });
    const r = a.results;
    expect(r).toMatchObject({
      period: { from: '2026-01-01', to: '2026-06-30' },
      currency: 'USD',
      accounts: 2,
    });
    // Albion, as of 30 June: trailing year invested 2 000.00, returned 2 600.00 → 1.3 ≥ 1.2, no year
    // before to compare → on track. Bergen: invested 1 000.00, returned 500.00 → 0.5 → off track.
    expect(r.objectives).toEqual({ onTrack: 1, atRisk: 0, offTrack: 1, notJudged: 0, metShare: 0.5 });
    // In the period: invested 1 000.00 + 1 000.00, returned 1 500.00 + 500.00 → 1.0.
    // Before it: invested 1 000.00 (Albion), returned 1 100.00 → 1.1. Change −0.1: down.
    expect(r.roi).toEqual({
      invested: 200_000,
      returned: 200_000,
      multiple: 1,
      previousInvested: 100_000,
      previousReturned: 110_000,
      previousMultiple: 1.1,
      change: -0.1,
      trend: 'down',
      accountsCounted: 2,
    });
    // Cement, Albion only (Bergen has no contacts): on 1 January Ann 5, Carl 8 → 1 of 2 = 0.5;
    // on 30 June both 8 → 1.0. Up by 0.5.
    expect(r.cement).toEqual({ start: 0.5, end: 1, change: 0.5, trend: 'up', accountsCounted: 1 });
    expect(r.problemsResolved).toEqual({
      measured: false,
      reason: 'Not yet measured: client problems are not recorded in Vested yet',
    });
    expect(r.opportunitiesWon.measured).toBe(false);
    expect(r.byAccount).toEqual([
      {
        accountId: albion,
        name: 'Albion',
        objective: 'growth',
        heldFrom: '2026-01-01',
        heldTo: '2026-06-30',
        status: 'on_track',
        roiMultiple: 1.5,
        previousRoiMultiple: 1.1,
        cementStart: 0.5,
        cementEnd: 1,
        notes: [],
      },
      {
        accountId: bergen,
        name: 'Bergen',
        objective: 'growth',
        heldFrom: '2026-04-01',
        heldTo: '2026-06-30',
        status: 'off_track',
        roiMultiple: 0.5,
        previousRoiMultiple: null,
        cementStart: null,
        cementEnd: null,
        notes: ['No active contacts to measure cement'],
      },
    ]);
  });

  it('keeps a history per AM, versions edits, and audits them', async () => {
    const first = (
      await director.client.post(`/api/v1/managers/${bob.personId}/assessments`, {
        periodFrom: '2025-07-01',
        periodTo: '2025-12-31',
        scores: scores([3, 3, 3, 3, 3, 3, 3, 3]),
      })
    ).body;
    const second = (
      await director.client.post(`/api/v1/managers/${bob.personId}/assessments`, {
        periodFrom: '2026-01-01',
        periodTo: '2026-03-31',
        scores: scores([4, 3, 3, 3, 3, 3, 3, 3]),
      })
    ).body;
    const edited = await director.client.patch(`/api/v1/assessments/${second.id}`, {
      version: 1,
      summary: 'Handed Bergen over cleanly',
    });
    expect(edited.body).toMatchObject({ summary: 'Handed Bergen over cleanly', version: 2 });
    const stale = await director.client.patch(`/api/v1/assessments/${second.id}`, {
      version: 1,
      summary: 'x',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');

    const history = await director.client.get(`/api/v1/managers/${bob.personId}/assessments`);
    expect(history.body.person).toEqual({ id: bob.personId, name: 'Bob' });
    expect(history.body.items.map((a: { id: string; average: number }) => [a.id, a.average])).toEqual([
      [second.id, 3.13], // 25 / 8 = 3.125 → 3.13
      [first.id, 3],
    ]);
    // Bob's first quarter of 2026: Bergen, nothing invested or returned there yet.
    expect(history.body.items[0].results).toMatchObject({
      accounts: 1,
      roi: { multiple: null, trend: 'unknown' },
    });
    expect(history.body.items[0].results.byAccount[0]).toMatchObject({
      name: 'Bergen',
      heldFrom: '2026-01-01',
      heldTo: '2026-03-31',
    });
    const audit = await w.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, second.id))
      .orderBy(asc(auditLog.id));
    expect(audit.map((x) => x.action)).toEqual(['created', 'updated']);
    expect(audit[1]!.changes).toEqual({ summary: { before: null, after: 'Handed Bergen over cleanly' } });
  });

  it('compares the account managers of a period for the director', async () => {
    const res = await director.client.get('/api/v1/managers/comparison?from=2026-01-01&to=2026-06-30');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 2, period: { from: '2026-01-01', to: '2026-06-30' } });
    const [a, b] = res.body.items;
    expect(a).toMatchObject({
      name: 'Alice',
      latestAssessment: { average: 3.75, periodTo: '2026-06-30' },
      results: { accounts: 2, roi: { multiple: 1, trend: 'down' }, objectives: { metShare: 0.5 } },
    });
    expect(a.latestAssessment.levels.leading_team).toBe(2);
    expect(b).toMatchObject({
      name: 'Bob',
      latestAssessment: { periodTo: '2026-03-31' },
      results: { accounts: 1 },
    });
    expect((await alice.client.get('/api/v1/managers/comparison?from=2026-01-01&to=2026-06-30')).status).toBe(
      403,
    );
  });

  it('only a director assesses; the AM reads their own; bad input is refused field by field', async () => {
    const body = { ...period, scores: scores([3, 3, 3, 3, 3, 3, 3, 3]) };
    expect((await alice.client.post(`/api/v1/managers/${alice.personId}/assessments`, body)).status).toBe(
      403,
    );
    expect((await alice.client.get(`/api/v1/managers/${alice.personId}/assessments`)).status).toBe(200);
    expect((await alice.client.get(`/api/v1/managers/${bob.personId}/assessments`)).status).toBe(403);
    expect(
      (await member.client.get(`/api/v1/managers/${alice.personId}/results?from=2026-01-01&to=2026-06-30`))
        .status,
    ).toBe(403);
    const own = await alice.client.get(
      `/api/v1/managers/${alice.personId}/results?from=2026-01-01&to=2026-06-30`,
    );
    expect(own.body.roi.multiple).toBe(1);

    const bad = await director.client.post(`/api/v1/managers/${alice.personId}/assessments`, {
      periodFrom: '2026-06-30',
      periodTo: '2026-01-01',
      scores: {
        ...scores([3, 3, 3, 3, 3, 3, 3, 3]),
        listening: { level: 6, evidence: '' },
        experience: undefined,
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toMatchObject({
      'scores.listening.level': 'Use a level from 1 to 5',
      'scores.listening.evidence': 'Give the evidence',
      'scores.experience': expect.any(String),
    });
    const missing = await director.client.post(
      '/api/v1/managers/00000000-0000-4000-8000-000000000000/assessments',
      body,
    );
    expect(missing.status).toBe(404);
  });

  it('Bob, who no longer sees Bergen, gets his totals but not Bergen’s own figures', async () => {
    const r = await bob.client.get(`/api/v1/managers/${bob.personId}/results?from=2026-01-01&to=2026-06-30`);
    expect(r.status).toBe(200);
    expect(r.body.byAccount).toEqual([
      expect.objectContaining({
        name: 'Bergen',
        status: null,
        notes: ['Figures withheld: you no longer see this account'],
      }),
    ]);
  });
});
