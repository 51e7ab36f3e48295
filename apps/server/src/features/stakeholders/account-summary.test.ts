import { countDistinct } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contacts } from '../../db/schema';
import { loadDemo } from '../../seed/demo';
import { type TestWorld, testWorld } from '../../test/harness';
import { fillMissingSummaries } from './account-summary';

/**
 * Maps loaded straight into the tables (the demo; data from before the summary existed) get their
 * summary at start-up, and the portfolio then agrees with each account's own figures.
 */
const today = '2026-06-15';
const now = new Date(`${today}T12:00:00Z`);
let w: TestWorld;

beforeAll(async () => {
  w = await testWorld({ clock: () => now });
  await loadDemo(w.database.db, today);
});
afterAll(() => w.close());

describe('summaries of maps written outside the use cases', () => {
  it('are written once for every account with contacts', async () => {
    const [mapped] = await w.database.db.select({ n: countDistinct(contacts.accountId) }).from(contacts);
    expect(mapped!.n).toBeGreaterThan(0);
    expect(await fillMissingSummaries(w.database.db, now, today)).toBe(mapped!.n);
    expect(await fillMissingSummaries(w.database.db, now, today)).toBe(0);
  });

  it("then the portfolio shows each account's own cement, NPS, CSAT, gaps and trend", async () => {
    const director = await w.signIn('director@vested.demo', 'vested-demo');
    const res = await director.get('/api/v1/stakeholder-portfolio?mapped=mapped&pageSize=200');
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    for (const row of res.body.items) {
      const own = (await director.get(`/api/v1/accounts/${row.accountId}/stakeholder-figures`)).body;
      expect([row.name, row.cement, row.nps, row.csat, row.gaps]).toEqual([
        row.name,
        own.cement,
        own.nps,
        own.csat,
        own.gaps.length,
      ]);
      expect(row.trend.map((p: { share: number | null }) => p.share)).toEqual(
        own.trend.map((p: { share: number | null }) => p.share),
      );
    }
  });
});
