import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestUser, type TestWorld, testWorld } from '../../test/harness';
import { checkRollup } from '../economics/consistency';
import { makeAccount } from '../economics/fixtures';
import { csv, importFile } from './fixtures';

// Monthly returns, exchange rates and cost rates: the imports of the books. Base currency USD, margin basis.
let w: TestWorld;
let director: TestUser;
let finance: TestUser;
let ada: TestUser;
let acme: string;
let globex: string;

beforeAll(async () => {
  w = await testWorld({ clock: () => new Date('2026-06-15T10:00:00Z') });
  director = await w.user('director');
  finance = await w.user('finance');
  ada = await w.user('member', { name: 'Ada Lovelace' });
  acme = await makeAccount(w, director, 'Acme');
  globex = await makeAccount(w, director, 'Globex');
});
afterAll(() => w.close());

const figures = (accountId: string) =>
  director.client.get(`/api/v1/accounts/${accountId}/economics?from=2025-01&to=2025-12`);

describe('exchange rates and monthly returns', () => {
  let ratesId: string;

  it('imports exchange rates; the base currency itself is refused by name', async () => {
    const bad = await importFile(
      finance.client,
      { kind: 'exchange_rates', fileName: 'fx.csv' },
      csv([
        ['Currency', 'Month', 'Rate'],
        ['EUR', '2025-03', '1.1'],
        ['usd', '2025-03', '1'],
      ]),
    );
    expect(bad.status).toBe(422);
    expect(bad.body.import.errors).toEqual([
      { line: 3, field: 'currency', reason: 'USD is the base currency: its rate is always 1' },
    ]);
    const res = await importFile(
      finance.client,
      { kind: 'exchange_rates', fileName: 'fx.csv' },
      csv([
        ['Currency', 'Month', 'Rate'],
        ['EUR', '2025-03', '1.1'],
        ['gbp', '03/2025', '1,25'],
      ]),
    );
    expect(res.status).toBe(201);
    expect(res.body.import).toMatchObject({ writtenCount: 2, skippedCount: 0 });
    ratesId = res.body.import.id;
    const list = await finance.client.get('/api/v1/economics/exchange-rates?sort=currency');
    expect(
      list.body.items.map((r: { currency: string; ratePerBase: string }) => [r.currency, r.ratePerBase]),
    ).toEqual([
      ['EUR', '1.1'],
      ['GBP', '1.25'],
    ]);
  });

  it('imports returns; the figures are the hand-computed margin in the base currency', async () => {
    const res = await importFile(
      finance.client,
      { kind: 'monthly_returns', fileName: 'books-march.csv' },
      csv([
        ['Client', 'Month', 'Revenue', 'Delivery cost', 'Currency'],
        ['Acme', '2025-03', '1500.00', '300.00', 'USD'],
        ['Globex', '2025-03', '2000', '', 'EUR'],
      ]),
    );
    expect(res.status).toBe(201);
    // Three return lines: Acme revenue and delivery cost, Globex revenue.
    expect(res.body.import).toMatchObject({ rowCount: 2, writtenCount: 3 });
    // Acme: 1,500.00 − 300.00 = 1,200.00 USD. Globex: EUR 2,000.00 × 1.1 = 2,200.00 USD.
    expect((await figures(acme)).body.returned).toMatchObject({
      total: 120000,
      revenue: 150000,
      deliveryCost: 30000,
    });
    expect((await figures(globex)).body.returned).toMatchObject({ total: 220000 });
    expect(await checkRollup(w.database.db)).toEqual([]);
  });

  it('skips return lines already there with the same amount, refuses a different one by name', async () => {
    const changed = await importFile(
      finance.client,
      { kind: 'monthly_returns', fileName: 'books-march-v2.csv' },
      csv([
        ['Account', 'Month', 'Revenue', 'Currency'],
        ['Acme', '2025-03', '1600.00', 'USD'],
        ['Acme', '2025-04', '100', 'USD'],
        ['Acme', '2025-04', '100', 'USD'],
      ]),
    );
    expect(changed.status).toBe(422);
    expect(changed.body.import.errors).toEqual([
      {
        line: 2,
        field: 'revenue',
        reason:
          "Acme already has revenue of 1500.00 USD for 2025-03; this file says 1600.00. Change it on the account's " +
          'Economics tab, or undo the import that wrote it',
      },
      { line: 4, field: 'revenue', reason: 'Revenue of 2025-04 in USD for Acme is also on line 3' },
    ]);
    const same = await importFile(
      finance.client,
      { kind: 'monthly_returns', fileName: 'books-q1.csv' },
      csv([
        ['Account', 'Month', 'Revenue', 'Currency'],
        ['Acme', '2025-03', '1,500.00', 'USD'],
        ['Acme', '2025-04', '-50', 'USD'],
      ]),
    );
    expect(same.status).toBe(201);
    expect(same.body.import).toMatchObject({ writtenCount: 1, skippedCount: 1 });
    // 1,200.00 − 50.00 (a credit note in April)
    expect((await figures(acme)).body.returned.total).toBe(115000);
  });

  it('undoing the rates import re-converts: the EUR month has no rate again, and says so', async () => {
    const undo = await finance.client.post(`/api/v1/imports/${ratesId}/undo`, { version: 1 });
    expect(undo.status).toBe(200);
    const res = await figures(globex);
    expect(res.status).toBe(422);
    expect(res.body.error.message).toBe('No EUR rate for 2025-03');
    expect(await checkRollup(w.database.db)).toEqual([]);
  });
});

describe('cost rates', () => {
  let ratesId: string;

  it('values hours imported before any rate once the rates are imported', async () => {
    const hours = await importFile(
      finance.client,
      { kind: 'time_entries', fileName: 'hours.csv' },
      csv([
        ['Email', 'Account', 'Date', 'Hours'],
        [ada.email, 'Acme', '2025-03-03', '2'],
        [ada.email, 'Acme', '2025-03-05', '1'],
      ]),
    );
    expect(hours.status).toBe(201);
    expect((await figures(acme)).status).toBe(422); // hours without a cost rate cannot be valued

    const rates = await importFile(
      finance.client,
      { kind: 'cost_rates', fileName: 'rates.csv' },
      csv([
        ['Person', 'Role', 'Effective from', 'Hourly rate', 'Currency'],
        ['', '', '2025-01-01', '100.00', 'USD'],
        [ada.email, '', '2025-03-04', '120', 'USD'],
        ['', 'Technical lead', '2025-01-01', '90', 'USD'],
      ]),
    );
    expect(rates.status).toBe(201);
    expect(rates.body.import.writtenCount).toBe(3);
    ratesId = rates.body.import.id;
    // 2 h on 03-03 at the default 100.00 + 1 h on 03-05 at Ada's own 120.00 = 320.00.
    expect((await figures(acme)).body.invested.total).toBe(32000);
    expect(await checkRollup(w.database.db)).toEqual([]);
  });

  it('refuses a rate that contradicts one already there, and a row naming a person and a role', async () => {
    const res = await importFile(
      finance.client,
      { kind: 'cost_rates', fileName: 'rates-v2.csv' },
      csv([
        ['Person', 'Role', 'From', 'Hourly', 'Currency'],
        ['Ada Lovelace', '', '2025-03-04', '130', 'USD'],
        ['Ada Lovelace', 'engineer', '2025-05-01', '1', 'USD'],
      ]),
    );
    expect(res.status).toBe(422);
    expect(res.body.import.errors).toEqual([
      {
        line: 2,
        field: 'hourly',
        reason:
          "Ada Lovelace's rate from 2025-03-04 is already 120.00 USD; this file says 130.00 USD. Change it in the " +
          'economics settings, or undo the import that set it',
      },
      { line: 3, field: 'role', reason: 'A rate is of a person or of a role, not both: leave one empty' },
    ]);
  });

  it('undoing the rates import leaves the hours unvalued again, the rollup exact', async () => {
    expect((await finance.client.post(`/api/v1/imports/${ratesId}/undo`, { version: 1 })).status).toBe(200);
    expect((await finance.client.get('/api/v1/economics/cost-rates')).body.total).toBe(0);
    expect((await figures(acme)).status).toBe(422);
    expect(await checkRollup(w.database.db)).toEqual([]);
  });
});
