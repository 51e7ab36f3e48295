import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../test/harness';
import { type TestWorld, testWorld } from '../test/harness';
import { loadDemo } from './demo';

/** The demo's matrix side, read through the API as the director and as Albion's account manager. */
let w: TestWorld;
let director: Client;
let am: Client;
const today = '2026-06-15';

beforeAll(async () => {
  w = await testWorld({ clock: () => new Date(`${today}T12:00:00Z`) });
  await loadDemo(w.database.db, today);
  director = await w.signIn('director@vested.demo', 'vested-demo');
  am = await w.signIn('am@vested.demo', 'vested-demo');
  // Setting up takes several requests; on a machine shared by many test runs that can pass a minute.
}, 180_000);
afterAll(() => w.close());

describe('the demo matrix', () => {
  it('Albion’s Team tab warns of an empty role, a missing skill and two people stretched thin', async () => {
    const albion = (await am.get('/api/v1/accounts?q=Albion')).body.items[0].id;
    const o = (await am.get(`/api/v1/accounts/${albion}/team/overview`)).body;
    expect(
      o.warnings.map((x: { kind: string; roleName?: string; skillName?: string; personName?: string }) => [
        x.kind,
        x.roleName ?? x.skillName ?? x.personName,
      ]),
    ).toEqual([
      ['role_unfilled', 'Delivery manager'],
      ['skill_missing', 'Data engineering'],
      ['over_allocated', 'Lucas Ferreira'],
      ['over_allocated', 'Rahul Mehta'],
    ]);
    const suggested = await am.get(`/api/v1/accounts/${albion}/team/suggestions?role=delivery_manager`);
    expect(suggested.body.items.length).toBeGreaterThan(0);
    expect(suggested.body.items[0].lineManager).not.toBeNull();
  });

  it('the matrix shows who is over capacity; the director has one request and two assessments waiting', async () => {
    const over = await director.get('/api/v1/capacity/matrix?overAllocated=true');
    expect(over.body.items.map((r: { name: string }) => r.name).sort()).toEqual([
      'Lucas Ferreira',
      'Rahul Mehta',
    ]);
    const requests = await director.get('/api/v1/manager-requests?status=pending');
    expect(requests.body.items).toEqual([
      expect.objectContaining({
        accountName: 'Nordlicht Logistik',
        personName: 'Priya Raman',
        previousPersonName: 'Marcus Hale',
      }),
    ]);
    const compared = await director.get(
      '/api/v1/managers/comparison?from=2025-12-01&to=2026-05-31&pageSize=50',
    );
    const assessed = compared.body.items.filter(
      (r: { latestAssessment: unknown }) => r.latestAssessment !== null,
    );
    expect(assessed.map((r: { name: string }) => r.name)).toEqual(['Claire Donovan', 'Olga Smirnova']);
    const claire = assessed[0];
    // (5 + 4 + 4 + 5 + 3 + 4 + 4 + 4) / 8 = 33 / 8 = 4.125 → 4.13
    expect(claire.latestAssessment).toMatchObject({
      periodFrom: '2025-12-01',
      periodTo: '2026-05-31',
      average: 4.13,
    });
    expect(claire.results.accounts).toBeGreaterThan(0);
  });
});
