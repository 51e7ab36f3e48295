import { type APIRequestContext, expect, type Locator, type Page, test } from '@playwright/test';
import { createAccountViaApi, csrfToken, signedInApi, signIn, snap, unique, users } from './helpers';

/*
 * The economics journeys: an account's Economics tab (figures checked against the API and worked out
 * by hand), recording an investment, a missing exchange rate explained and fixed, the Portfolio page with
 * its filters, and a key-account decision kept in the history. Each journey makes its own account so the
 * figures are known exactly, whatever the demo workspace holds.
 *
 * Not here yet: importing a time-entry CSV through the import wizard and watching the figures change —
 * that journey comes with the wizard (features/imports in the web).
 */

// Each journey loads several pages whose figures the server computes (the portfolio ranks every
// account); on a loaded two-core machine that takes longer than the suite's default minute.
test.describe.configure({ timeout: 180_000 });

/** Months relative to the last complete month (the default "as of" of every figure), as YYYY-MM. */
function monthsAgo(n: number): string {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - n, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}
const lastDayOf = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};
/** The UI's date format (en-GB, as ui/format.ts): "31 Aug 2025". */
const shownDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
/** The UI's money in English: "$2,500.00" from cents. */
const usd = (cents: number) =>
  new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency: 'USD',
    currencyDisplay: 'narrowSymbol',
  }).format(cents / 100);

const m3 = monthsAgo(3); // the first month with a return
const m2 = monthsAgo(2);
const m1 = monthsAgo(1); // the last complete month

type Figures = {
  invested: { total: number };
  returned: { total: number };
  net: number;
  roiMultiple: number | null;
  paybackDate: string | null;
  basis: string;
  currency: string;
};

/**
 * A fresh Growth account of Claire Donovan's, started two years ago, with three months of returns and
 * one business trip, entered by the director through the API:
 *   revenue 10,000.00 and delivery cost 7,000.00 in each of the three last complete months
 *     → margin 3,000.00 a month → returned 9,000.00;
 *   a business trip of 2,500.00 in the first of them → invested 2,500.00;
 *   net 9,000 − 2,500 = 6,500.00; ROI multiple 9,000 ÷ 2,500 = 3.60;
 *   payback: in the first month 3,000 back ≥ 2,500 in → paid back on that month's last day.
 */
async function economicsAccount(director: APIRequestContext): Promise<{ id: string; name: string }> {
  const people = await director.get('/api/v1/people', { params: { q: 'Claire Donovan' } });
  expect(people.ok()).toBe(true);
  const claire = ((await people.json()) as { items: { id: string; name: string }[] }).items.find(
    (p) => p.name === 'Claire Donovan',
  );
  expect(claire).toBeDefined();
  const account = await createAccountViaApi(director, {
    name: `E2E Lumen Analytics ${unique()}`,
    objective: 'growth',
    industry: 'Analytics',
    country: 'NL',
    startedOn: `${monthsAgo(24)}-01`,
    managerPersonId: claire?.id,
  });
  const headers = { 'x-csrf-token': await csrfToken(director) };
  for (const month of [m3, m2, m1]) {
    for (const [kind, amount] of [
      ['revenue', 1_000_000],
      ['delivery_cost', 700_000],
    ] as const) {
      const res = await director.put(`/api/v1/accounts/${account.id}/returns`, {
        headers,
        data: { month, kind, currency: 'USD', amount },
      });
      expect(res.ok()).toBe(true);
    }
  }
  const trip = await director.post(`/api/v1/accounts/${account.id}/investments`, {
    headers,
    data: {
      kind: 'travel',
      date: `${m3}-15`,
      amount: { amount: 250_000, currency: 'USD' },
      note: 'Kick-off visit',
    },
  });
  expect(trip.status()).toBe(201);
  return { id: account.id, name: account.name };
}

async function figuresOf(api: APIRequestContext, accountId: string): Promise<Figures> {
  const res = await api.get(`/api/v1/accounts/${accountId}/economics`);
  expect(res.ok()).toBe(true);
  return (await res.json()) as Figures;
}

/** Pick an option of a Mantine select (the options live in a portal, outside the form). */
async function choose(page: Page, field: Locator, option: string | RegExp, search?: string): Promise<void> {
  await field.click();
  if (search) await field.fill(search);
  await page
    .getByRole('option', { name: option, exact: typeof option === 'string' })
    .first()
    .click();
}

/** A full-page screenshot from the top, without the toasts (they may outlive any wait). */
async function shot(page: Page, name: string): Promise<void> {
  const hide = await page.addStyleTag({
    content: '.mantine-Notifications-root { display: none !important; }',
  });
  await page.evaluate('window.scrollTo(0, 0)');
  await snap(page, name);
  await hide.evaluate((style) => style.remove());
}

async function openEconomics(page: Page, accountId: string): Promise<void> {
  await page.goto(`/accounts/${accountId}?tab=economics`);
  await expect(page.getByTestId('economics-figures')).toBeVisible({ timeout: 30_000 });
}

test('the Economics tab shows the figures of the API, and a recorded investment changes them', async ({
  page,
  playwright,
  baseURL,
}) => {
  const director = await signedInApi(playwright, baseURL, users.director);
  const settings = (await (await director.get('/api/v1/economics/settings')).json()) as {
    returnBasis: string;
  };
  expect(settings.returnBasis).toBe('margin'); // the working above counts margin as the return
  const account = await economicsAccount(director);

  const before = await figuresOf(director, account.id);
  expect(before.invested.total).toBe(250_000);
  expect(before.returned.total).toBe(900_000);
  expect(before.net).toBe(650_000);
  expect(before.roiMultiple).toBe(3.6);
  expect(before.paybackDate).toBe(lastDayOf(m3));

  await signIn(page, users.director);
  await openEconomics(page, account.id);
  await expect(page.getByTestId('figure-invested')).toHaveText(usd(before.invested.total)); // $2,500.00
  await expect(page.getByTestId('figure-returned')).toHaveText(usd(before.returned.total)); // $9,000.00
  await expect(page.getByTestId('figure-net')).toHaveText(usd(before.net)); // $6,500.00
  await expect(page.getByTestId('figure-roi')).toHaveText('3.60×');
  await expect(page.getByTestId('figure-payback')).toHaveText(shownDate(lastDayOf(m3)));
  await expect(page.getByTestId('payback-marker')).toBeVisible();
  await expect(page.getByTestId('objective-panel').getByTestId('objective-status')).toHaveText('On track');
  await expect(page.getByTestId('objective-reasons')).toContainText(
    'ROI multiple 3.60× meets the target 1.2',
  );

  // Every chart has its figures as a table: the month of the trip shows 2,500.00 in, 3,000.00 back.
  const monthly = page.getByTestId('monthly-chart');
  await monthly.getByText('Table', { exact: true }).click();
  const longMonth = new Date(`${m3}-01T00:00:00Z`).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const tripMonth = monthly.getByTestId('monthly-table').getByRole('row').filter({ hasText: longMonth });
  await expect(tripMonth).toContainText('$2,500.00');
  await expect(tripMonth).toContainText('$3,000.00');
  await shot(page, 'economics-tab-before');

  // Record a business trip of 1,000.00 in the second month, through the form.
  await page.getByTestId('add-investment').click();
  const form = page.getByRole('dialog', { name: 'Record an investment' }).getByTestId('investment-form');
  await choose(page, form.getByTestId('investment-kind'), 'Business trip');
  await form.getByTestId('investment-date').fill(`${m2}-10`);
  await form.getByTestId('investment-amount').fill('1,000.00');
  await form.getByTestId('investment-save').click();
  await expect(form).toBeHidden();

  // invested 2,500 + 1,000 = 3,500.00; net 9,000 − 3,500 = 5,500.00; ROI 9,000 ÷ 3,500 = 2.5714 → 2.57×
  const after = await figuresOf(director, account.id);
  expect(after.invested.total).toBe(350_000);
  expect(after.net).toBe(550_000);
  expect(after.roiMultiple).toBe(2.5714);
  await expect(page.getByTestId('figure-invested')).toHaveText('$3,500.00');
  await expect(page.getByTestId('figure-net')).toHaveText('$5,500.00');
  await expect(page.getByTestId('figure-roi')).toHaveText('2.57×');
  await expect(page.getByTestId('figure-payback')).toHaveText(shownDate(lastDayOf(m3)));
  await expect(page.getByTestId('investment-row')).toHaveCount(2);
  await expect(page.getByTestId('investments-table')).toContainText('$1,000.00');
  await shot(page, 'economics-tab-after-investment');
  await director.dispose();
});

test('a figure needing a missing exchange rate says which one, and the rates screen fixes it', async ({
  page,
  playwright,
  baseURL,
}) => {
  const director = await signedInApi(playwright, baseURL, users.director);
  const account = await economicsAccount(director);
  // 1,000.00 NZD of revenue in the last complete month; the workspace has no NZD rate.
  const nzd = { month: m1, kind: 'revenue', currency: 'NZD' };
  const headers = { 'x-csrf-token': await csrfToken(director) };
  const res = await director.put(`/api/v1/accounts/${account.id}/returns`, {
    headers,
    data: { ...nzd, amount: 100_000 },
  });
  expect(res.ok()).toBe(true);
  try {
    expect((await director.get(`/api/v1/accounts/${account.id}/economics`)).status()).toBe(422);

    await signIn(page, users.director);
    await page.goto(`/accounts/${account.id}?tab=economics`);
    const problem = page.getByTestId('rate-problem');
    await expect(problem).toContainText('There is no NZD exchange rate for', { timeout: 30_000 });
    await shot(page, 'economics-missing-rate');
    await problem.getByTestId('rate-problem-link').click();

    // The rates screen opens with the currency and month filled in; 1 NZD = 0.6 USD.
    await expect(page).toHaveURL(/\/settings\/economics\?.*tab=exchange/);
    const form = page.getByTestId('exchange-rate-form');
    await expect(form.getByTestId('rate-currency')).toHaveValue('NZD');
    await expect(form.getByTestId('rate-month')).toHaveValue(m1);
    await form.getByTestId('rate-value').fill('0.6');
    await form.getByTestId('rate-save').click();
    await expect(page.getByTestId('exchange-rates-table')).toContainText('NZD');

    // returned 9,000.00 + 1,000 NZD × 0.6 = 9,600.00; net 9,600 − 2,500 = 7,100.00
    await openEconomics(page, account.id);
    await expect(page.getByTestId('figure-returned')).toHaveText('$9,600.00');
    await expect(page.getByTestId('figure-net')).toHaveText('$7,100.00');
    const fixed = await figuresOf(director, account.id);
    expect(fixed.returned.total).toBe(960_000);
  } finally {
    // A rate still missing would leave this account's portfolio figures empty: leave no NZD amount behind.
    await director.put(`/api/v1/accounts/${account.id}/returns`, { headers, data: { ...nzd, amount: null } });
    await director.dispose();
  }
});

test('the portfolio filters by objective and manager, opens an account from the table, and the director decides its tier', async ({
  page,
  playwright,
  baseURL,
}) => {
  const director = await signedInApi(playwright, baseURL, users.director);
  const account = await economicsAccount(director);

  await signIn(page, users.director);
  await page.getByRole('link', { name: 'Portfolio' }).click();
  await expect(page.getByRole('heading', { name: 'Portfolio', level: 2 })).toBeVisible();
  // The portfolio ranks every account on the server; give a loaded machine time.
  await expect(page.getByTestId('bubble-chart')).toBeVisible({ timeout: 30_000 });

  await choose(page, page.getByRole('combobox', { name: 'Objective' }), 'Growth');
  await expect(page).toHaveURL(/[?&]objective=growth(&|$)/);
  await choose(page, page.getByRole('combobox', { name: 'Account manager' }), /^Claire Donovan/, 'Claire');
  await expect(page).toHaveURL(/[?&]managerPersonId=[0-9a-f-]{36}(&|$)/);

  const rows = page.getByTestId('portfolio-row');
  await expect(rows.filter({ hasText: account.name })).toHaveCount(1);
  // Every row left is a Growth account of Claire's (asked again until the filtered page has arrived).
  await expect(rows.filter({ hasNotText: 'Claire Donovan' })).toHaveCount(0);
  await expect(rows.filter({ hasNotText: 'Growth' })).toHaveCount(0);
  // The same figures as the API's portfolio: 12 months of 2,500.00 in and 9,000.00 back, ROI 3.60.
  const row = rows.filter({ hasText: account.name });
  await expect(row).toContainText('$2,500.00');
  await expect(row).toContainText('$9,000.00');
  await expect(row).toContainText('3.60×');
  // Its bubble opens it too, from the keyboard (bubbles of journeys run before may lie on top of it);
  // back on the portfolio the filters are still in the URL.
  await page.locator(`[data-testid="bubble"][data-account="${account.name}"]`).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/accounts/${account.id}\\?tab=economics`));
  await page.goBack();
  await expect(page).toHaveURL(/[?&]objective=growth(&|$)/);
  await expect(page.getByRole('combobox', { name: 'Objective' })).toHaveValue('Growth');
  await expect(rows.filter({ hasText: account.name })).toHaveCount(1);
  await shot(page, 'economics-portfolio-filtered');

  await row.getByTestId('portfolio-account').click();
  await expect(page).toHaveURL(new RegExp(`/accounts/${account.id}\\?tab=economics`));
  await expect(page.getByTestId('economics-figures')).toBeVisible();

  // Decide the tier with a reason, from the Economics tab.
  const tier = page.getByTestId('tier-panel');
  await expect(tier.getByTestId('tier-decided')).toHaveText('Regular');
  await tier.getByTestId('economics-decide-tier').click();
  const dialog = page.getByRole('dialog', { name: 'Key-account decision' });
  await expect(dialog.getByRole('combobox', { name: 'Tier' })).toHaveValue('Key account');
  const reason = 'Returns 3.6 on every dollar in its first quarter; more account management pays off here.';
  await dialog.getByRole('textbox', { name: 'Reason' }).fill(reason);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(tier.getByTestId('tier-decided')).toHaveText('Key account');
  await shot(page, 'economics-tier-decided');

  await page.getByTestId('account-tab-decisions').click();
  await expect(page.getByTestId('decision-row').first()).toContainText(reason);
  await page.getByTestId('account-tab-history').click();
  await expect(page.getByText(reason).first()).toBeVisible();
  await shot(page, 'economics-tier-in-history');
  await director.dispose();
});

test('a viewer reads the figures but is offered no way to change them', async ({
  page,
  playwright,
  baseURL,
}) => {
  const director = await signedInApi(playwright, baseURL, users.director);
  const account = await economicsAccount(director);
  await director.dispose();

  await signIn(page, users.viewer);
  await openEconomics(page, account.id);
  await expect(page.getByTestId('figure-roi')).toHaveText('3.60×');
  await expect(page.getByTestId('tier-panel')).toBeVisible();
  await expect(page.getByTestId('add-investment')).toHaveCount(0);
  await expect(page.getByTestId('economics-decide-tier')).toHaveCount(0);
  await expect(page.getByTestId('remove-investment')).toHaveCount(0);
  await expect(page.getByTestId('nav-economics-settings')).toHaveCount(0);
});
