import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stakeholderAccountFigures } from '../../db/schema';
import { type Response, type TestUser, type TestWorld, testWorld } from '../../test/harness';
import { summarizeAccounts } from './account-summary';

/**
 * Three accounts, seen across the portfolio (today 2026-06-15):
 *
 * Alpha (Alice's):
 * | contact | role / influence × factor = weight | attitude | readings (latest)            | owner (last touch) |
 * | Dana    | decision_maker  5 × 3 = 15         | neutral  | 06-01: 4, pulse today: 6      | Alice, 06-01       |
 * | Ben     | economic_buyer  4 × 3 = 12         | neutral  | —                            | —                  |
 * | Uma     | user            1 × 1 = 1          | champion | 06-10: 9, pulse today: 10     | Alice, 06-01       |
 * | Uli     | user            2 × 1 = 2          | neutral  | 06-12: 8                     | —                  |
 *   cement: Uma, Uli of 4 = 0.5; weighted (1 + 2) / 30 = 0.1.
 *   NPS: Uma 10 (promoter), Dana 6 (detractor) → 0.  CSAT: 5 and 3 → 1 of 2.
 *   gaps today: Ben has no owner, was never touched, never read; every relationship rests on Alice → 4.
 *   On 07-17 Dana's last touch (06-01) is 46 days old → 5; on 07-16 (45 days) still 4.
 * Bravo (Alice's): no contacts.
 * Charlie (Carl's): Cleo, user, influence 3, champion, pulse 9 / csat 4 → cement 1, NPS 100, CSAT 1.
 *
 * The director sees all three: NPS over Uma 10, Cleo 9, Dana 6 = (2 − 1) / 3 → 33; CSAT 5, 4, 3 → 2 of 3.
 * Alice sees Alpha and Bravo only: NPS 0, CSAT 1 of 2. Carl sees Charlie only.
 */
let now = new Date('2026-06-15T10:00:00Z');
let w: TestWorld;
let alice: TestUser;
let carl: TestUser;
let director: TestUser;
let member: TestUser;
const account: Record<string, string> = {};
const id: Record<string, string> = {};

async function answerPulses(by: TestUser, accountId: string, answers: Record<string, object>) {
  const sent = await by.client.post(`/api/v1/accounts/${accountId}/pulses`, {
    contactIds: Object.keys(answers).map((n) => id[n]),
  });
  for (const [name, answer] of Object.entries(answers)) {
    const link = sent.body.items.find((p: { contactId: string }) => p.contactId === id[name]).link;
    expect((await w.anonymous.post(`/api${link}`, answer)).status).toBe(200);
  }
}

beforeAll(async () => {
  w = await testWorld({ clock: () => now });
  alice = await w.user('account_manager', { name: 'Alice' });
  carl = await w.user('account_manager', { name: 'Carl' });
  director = await w.user('director');
  member = await w.user('member');
  for (const [name, by] of [
    ['Alpha', alice],
    ['Bravo', alice],
    ['Charlie', carl],
  ] as const) {
    account[name] = (await by.client.post('/api/v1/accounts', { name, objective: 'growth' })).body.id;
  }
  const add = async (by: TestUser, accountName: string, name: string, body: object) => {
    const res = await by.client.post(`/api/v1/accounts/${account[accountName]}/contacts`, { name, ...body });
    expect(res.status).toBe(201);
    id[name] = res.body.id;
  };
  const read = (name: string, takenOn: string, score: number) =>
    alice.client.post(`/api/v1/contacts/${id[name]}/readings`, { takenOn, score, source: 'meeting' });
  await add(alice, 'Alpha', 'Dana', { decisionRole: 'decision_maker', influence: 5 });
  await add(alice, 'Alpha', 'Ben', { decisionRole: 'economic_buyer', influence: 4 });
  await add(alice, 'Alpha', 'Uma', { decisionRole: 'user', influence: 1, attitude: 'champion' });
  await add(alice, 'Alpha', 'Uli', { decisionRole: 'user', influence: 2 });
  await read('Dana', '2026-06-01', 4);
  await read('Uma', '2026-06-10', 9);
  await read('Uli', '2026-06-12', 8);
  for (const name of ['Dana', 'Uma']) {
    await alice.client.post(`/api/v1/contacts/${id[name]}/owners`, {
      personId: alice.personId,
      lastTouchOn: '2026-06-01',
    });
  }
  await answerPulses(alice, account.Alpha!, { Uma: { nps: 10, csat: 5 }, Dana: { nps: 6, csat: 3 } });
  await add(carl, 'Charlie', 'Cleo', { decisionRole: 'user', influence: 3, attitude: 'champion' });
  await answerPulses(carl, account.Charlie!, { Cleo: { nps: 9, csat: 4 } });
});
afterAll(() => w.close());

const portfolio = (by: TestUser, query = '') => by.client.get(`/api/v1/stakeholder-portfolio${query}`);
const byName = (items: { name: string }[]): Record<string, Response['body']> =>
  Object.fromEntries(items.map((i) => [i.name, i]));

describe('relationships across the portfolio', () => {
  it('shows each account with its hand-worked cement, NPS, CSAT and gaps', async () => {
    const res = await portfolio(director);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ asOf: '2026-06-15', satisfiedAt: 7, touchDays: 45, readingDays: 90 });
    const items = byName(res.body.items);
    expect(res.body.items.map((i: { name: string }) => i.name)).toEqual(['Alpha', 'Bravo', 'Charlie']);
    const alpha = items.Alpha;
    expect(alpha.contacts).toBe(4);
    expect(alpha.cement).toMatchObject({ active: 4, withReading: 3, satisfied: 2, share: 0.5 });
    expect(alpha.cement.weightedShare).toBeCloseTo(0.1, 12);
    expect(alpha.nps).toEqual({ answers: 2, promoters: 1, passives: 0, detractors: 1, score: 0 });
    expect(alpha.csat).toEqual({ answers: 2, satisfied: 1, share: 0.5 });
    expect(alpha.gaps).toBe(4);
    expect(alpha.managerName).toBe('Alice');
    // An account never mapped: no figures, no gaps counted, no months.
    expect(items.Bravo).toMatchObject({ contacts: 0, gaps: null, trend: [] });
    expect(items.Bravo.cement.share).toBeNull();
    expect(items.Charlie).toMatchObject({ contacts: 1, gaps: 0 });
    expect(items.Charlie.nps.score).toBe(100);
  });

  it('totals every contact of the visible accounts: NPS and CSAT over all their answers', async () => {
    const { totals } = (await portfolio(director)).body;
    expect(totals).toMatchObject({ accounts: 3, mapped: 2, gaps: 4 });
    expect(totals.nps).toEqual({ answers: 3, promoters: 2, passives: 0, detractors: 1, score: 33 });
    expect(totals.csat).toEqual({ answers: 3, satisfied: 2, share: 2 / 3 });
    // Cement: Uma, Uli, Cleo of 5 active; weighted (1 + 2 + 3) / (30 + 3).
    expect(totals.cement).toMatchObject({ active: 5, satisfied: 3, share: 0.6 });
    expect(totals.cement.weightedShare).toBeCloseTo(6 / 33, 12);
  });

  it('never includes an account the caller may not see, in the rows or the totals', async () => {
    const mine = (await portfolio(alice)).body;
    expect(mine.items.map((i: { name: string }) => i.name)).toEqual(['Alpha', 'Bravo']);
    expect(mine.total).toBe(2);
    expect(mine.totals.nps).toMatchObject({ answers: 2, score: 0 });
    expect(mine.totals.csat).toMatchObject({ answers: 2, satisfied: 1 });
    const carls = (await portfolio(carl)).body;
    expect(carls.items.map((i: { name: string }) => i.name)).toEqual(['Charlie']);
    expect(carls.totals.nps.score).toBe(100);
    // A team member on no account sees an empty portfolio, whatever the filters.
    for (const q of ['', '?sort=-cement', '?mapped=mapped', '?q=Alpha']) {
      const none = (await portfolio(member, q)).body;
      expect(none).toMatchObject({ items: [], total: 0, totals: { accounts: 0, gaps: 0 } });
      expect(none.totals.nps.answers).toBe(0);
    }
  });

  it('sorts on the server, accounts without a figure last either way, and pages with the totals', async () => {
    const names = async (q: string) =>
      (await portfolio(director, q)).body.items.map((i: { name: string }) => i.name);
    expect(await names('?sort=-cement')).toEqual(['Charlie', 'Alpha', 'Bravo']);
    expect(await names('?sort=cement')).toEqual(['Alpha', 'Charlie', 'Bravo']);
    expect(await names('?sort=-gaps')).toEqual(['Alpha', 'Charlie', 'Bravo']);
    expect(await names('?sort=-nps')).toEqual(['Charlie', 'Alpha', 'Bravo']);
    expect(await names('?sort=-contacts')).toEqual(['Alpha', 'Charlie', 'Bravo']);
    expect(await names('?mapped=unmapped')).toEqual(['Bravo']);
    expect(await names('?mapped=mapped&q=ar')).toEqual(['Charlie']);
    const page2 = (await portfolio(director, '?pageSize=1&page=2')).body;
    expect(page2).toMatchObject({ total: 3, page: 2, pageSize: 1 });
    expect(page2.items.map((i: { name: string }) => i.name)).toEqual(['Bravo']);
    const past = (await portfolio(director, '?pageSize=1&page=9')).body;
    expect(past).toMatchObject({ items: [], total: 3, totals: { accounts: 3, gaps: 4 } });
    expect((await portfolio(director, '?sort=-secret')).status).toBe(400);
  });

  it('counts the gaps of the day it is asked, as the account itself does', async () => {
    const gapsOfAlpha = async () => {
      const row = byName((await portfolio(director)).body.items).Alpha;
      const own = await director.client.get(`/api/v1/accounts/${account.Alpha}/stakeholder-figures`);
      return [row.gaps, own.body.gaps.length];
    };
    try {
      now = new Date('2026-07-16T10:00:00Z');
      expect(await gapsOfAlpha()).toEqual([4, 4]);
      now = new Date('2026-07-17T10:00:00Z');
      expect(await gapsOfAlpha()).toEqual([5, 5]);
    } finally {
      now = new Date('2026-06-15T10:00:00Z');
    }
  });

  it('shows a year of monthly cement that agrees with the account figures', async () => {
    const row = byName((await portfolio(director)).body.items).Alpha;
    const own = (await director.client.get(`/api/v1/accounts/${account.Alpha}/stakeholder-figures`)).body;
    expect(row.trend).toHaveLength(12);
    expect(row.trend.at(-1)).toEqual({
      month: '2026-06',
      share: 0.5,
      weightedShare: own.cement.weightedShare,
    });
    expect(row.trend.map((p: { share: number | null }) => p.share)).toEqual(
      own.trend.map((p: { share: number | null }) => p.share),
    );
  });

  it('keeps the stored summary equal to one made afresh after a run of changes', async () => {
    await alice.client.patch(`/api/v1/contacts/${id.Ben}`, { version: 1, influence: 2 });
    await alice.client.post(`/api/v1/contacts/${id.Ben}/readings`, {
      takenOn: '2026-06-14',
      score: 7,
      source: 'meeting',
    });
    const uli = (await alice.client.get(`/api/v1/contacts/${id.Uli}`)).body;
    await alice.client.post(`/api/v1/contacts/${id.Uli}/left`, {
      version: uli.version,
      leftOn: '2026-06-15',
    });
    const db = w.database.db;
    const [stored] = await db
      .select()
      .from(stakeholderAccountFigures)
      .where(eq(stakeholderAccountFigures.accountId, account.Alpha!));
    const [fresh] = await summarizeAccounts(db, [account.Alpha!], now, stored!.asOf);
    const { updatedAt: _a, ...storedFigures } = stored!;
    const { updatedAt: _b, ...freshFigures } = fresh!;
    expect(storedFigures).toEqual(freshFigures);
    // Ben (now 2 × 3 = 6, read 7) joins the satisfied, Uli (2, satisfied) leaves: Ben, Uma of 3.
    const alpha = byName((await portfolio(director)).body.items).Alpha;
    expect(alpha.cement).toMatchObject({ active: 3, satisfied: 2 });
    expect(alpha.cement.weightedShare).toBeCloseTo((6 + 1) / (15 + 6 + 1), 12);
  });
});
