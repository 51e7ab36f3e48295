import { isoDate } from '@vested/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestWorld, testWorld } from '../test/harness';
import { loadDemo } from './demo';

/** The demo's Albion Mutual Insurance, read through the API as its account manager would. */
let w: TestWorld;
let albionId: string;
const today = '2026-06-15';

beforeAll(async () => {
  w = await testWorld({ clock: () => new Date(`${today}T12:00:00Z`) });
  await loadDemo(w.database.db, isoDate(new Date(`${today}T12:00:00Z`)));
});
afterAll(() => w.close());

describe('the demo stakeholder map of the article case', () => {
  it('shows the cement being built, with the unhappy finance director weighing more than a count', async () => {
    const am = await w.signIn('am@vested.demo', 'vested-demo');
    const list = await am.get('/api/v1/accounts?q=Albion');
    albionId = list.body.items[0].id;
    const res = await am.get(`/api/v1/accounts/${albionId}/stakeholder-figures`);
    expect(res.status).toBe(200);
    // 10 active contacts (the former Head of Digital left); latest readings ≥ 7 for 8 of them
    // (the finance director and procurement are at 6).
    expect(res.body.cement).toMatchObject({ active: 10, withReading: 10, satisfied: 8, share: 0.8 });
    // Weights = influence × role factor: 71 in all; the finance director (4 × 3) and procurement (3 × 1)
    // are the unsatisfied 15 → 56 / 71.
    expect(res.body.cement.weightedShare).toBeCloseTo(56 / 71, 4);
    // Five answered pulses: 10, 9, 9 promoters; 8, 7 passives → NPS +60; CSAT 4 or 5 from all five.
    expect(res.body.nps).toMatchObject({ answers: 5, promoters: 3, passives: 2, detractors: 0, score: 60 });
    expect(res.body.csat).toMatchObject({ answers: 5, satisfied: 5, share: 1 });
    const unowned = res.body.gaps
      .filter((g: { kind: string }) => g.kind === 'decider_without_owner')
      .map((g: { contactName: string }) => g.contactName);
    expect(unowned).toEqual(['Oliver Grant']);
  });

  it('records the IT-versus-business conflict and how it was resolved', async () => {
    const am = await w.signIn('am@vested.demo', 'vested-demo');
    const res = await am.get(`/api/v1/accounts/${albionId}/conflicts`);
    expect(res.status).toBe(200);
    const [conflict] = res.body.items;
    expect(conflict).toMatchObject({ status: 'resolved' });
    expect(conflict.sides).toHaveLength(2);
    expect(conflict.resolution).toMatch(/4-month/);
  });

  it('keeps the contact who left in the org chart, marked as left', async () => {
    const member = await w.signIn('member@vested.demo', 'vested-demo');
    const res = await member.get(`/api/v1/accounts/${albionId}/org-chart`);
    expect(res.status).toBe(200);
    const left = res.body.nodes.filter((c: { status: string }) => c.status === 'left');
    expect(left.map((c: { name: string }) => c.name)).toEqual(['David Kerr']);
  });
});
