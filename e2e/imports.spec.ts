import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type APIRequestContext, expect as baseExpect, type Page, test } from '@playwright/test';
import {
  createAccountViaApi,
  DEMO_PASSWORD,
  signedInApi,
  signIn,
  snap,
  submitSignIn,
  unique,
  users,
} from './helpers';

/*
 * The import wizard on the demo workspace: a Jira Tempo export of hours on Cascadia Retail Group,
 * imported by finance, moves the account's Economics tab and the Portfolio by exactly hours × cost
 * rate; the same file again adds nothing; a file with one bad row is refused with a report naming the
 * line; undoing the import from the history puts the figures back. A larger file shows the progress
 * while it streams; an account manager with a Russian interface maps the columns of her own file;
 * contacts from a .vcf go into the account chosen for them.
 *
 * The key-account decision with a reason is journeyed in economics.spec.ts; not repeated here.
 */

// The machine these run on is shared; a page may take longer than the default to settle.
const expect = baseExpect.configure({ timeout: 30_000 });

/** The Economics tab draws 30-odd months of charts: on a busy machine that alone takes seconds. */
const slowPage = 90_000;

const finance = 'finance@vested.demo';
const amRu = 'am.ru@vested.demo';

/** The last complete month (every figure's default "as of"), as YYYY-MM. */
function lastCompleteMonth(): string {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}
const month = lastCompleteMonth();

/** A fixture CSV with its dates moved into the last complete month, as a file to choose. */
function fixture(name: string, fileName = name) {
  const text = readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8').replaceAll(
    '{{month}}',
    month,
  );
  return { name: fileName, mimeType: 'text/csv', buffer: Buffer.from(text) };
}

/** The UI's money in English: "$2,500.00" from cents. */
const usd = (cents: number) =>
  new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency: 'USD',
    currencyDisplay: 'narrowSymbol',
  }).format(cents / 100);

type Rate = { level: string; from: string; hourly: { amount: number; currency: string } };

/** The cost rate of `query` (a role, a person, the default) in force on `date`: the latest from ≤ date. */
async function rateOn(
  api: APIRequestContext,
  query: Record<string, string>,
  date: string,
): Promise<Rate | null> {
  const res = await api.get('/api/v1/economics/cost-rates', { params: { ...query, pageSize: 200 } });
  expect(res.ok()).toBe(true);
  const items = ((await res.json()) as { items: Rate[] }).items.filter((r) => r.from <= date);
  items.sort((a, b) => b.from.localeCompare(a.from));
  return items[0] ?? null;
}

async function investedAll(api: APIRequestContext, accountId: string): Promise<number> {
  const res = await api.get(`/api/v1/accounts/${accountId}/economics`);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { invested: { total: number } }).invested.total;
}

async function investedTtm(
  api: APIRequestContext,
  managerPersonId: string,
  accountId: string,
): Promise<number> {
  const res = await api.get('/api/v1/portfolio', { params: { managerPersonId, pageSize: 200 } });
  expect(res.ok()).toBe(true);
  const items = ((await res.json()) as { items: { accountId: string; invested: number }[] }).items;
  const item = items.find((i) => i.accountId === accountId);
  expect(item).toBeDefined();
  return item?.invested ?? 0;
}

async function accountByName(api: APIRequestContext, name: string) {
  const res = await api.get('/api/v1/accounts', { params: { q: name } });
  const account = (
    (await res.json()) as { items: { id: string; name: string; managerPersonId: string }[] }
  ).items.find((a) => a.name === name);
  expect(account).toBeDefined();
  return account as { id: string; name: string; managerPersonId: string };
}

type Seat = { personId: string; personName: string; role: string; from: string; to: string | null };

/** The person's seat on the account's team on `date` (the role an hour without one is booked under). */
async function seatOn(api: APIRequestContext, accountId: string, name: string, date: string): Promise<Seat> {
  const res = await api.get(`/api/v1/accounts/${accountId}/team`, { params: { pageSize: 200 } });
  const seat = ((await res.json()) as { items: Seat[] }).items.find(
    (s) => s.personName === name && s.from <= date && (s.to === null || s.to >= date),
  );
  expect(seat, `${name} on the team on ${date}`).toBeDefined();
  return seat as Seat;
}

/** A full-page screenshot from the top, without the toasts. */
async function shot(page: Page, name: string): Promise<void> {
  const hide = await page.addStyleTag({
    content: '.mantine-Notifications-root { display: none !important; }',
  });
  await page.evaluate('window.scrollTo(0, 0)');
  await snap(page, name);
  await hide.evaluate((style) => style.remove());
}

/** Choose the file through the picker the drop zone opens, as a person clicking it would. */
async function chooseFile(page: Page, file: ReturnType<typeof fixture>): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-dropzone').click();
  await (await chooser).setFiles(file);
}

/*
 * The two helpers below run in the page; they are written as source text because this project's
 * TypeScript for Node has no DOM types (as the other journeys do with `page.evaluate('…')`).
 */

/** Drop the file on the drop zone, as dragging it from the desktop would. */
async function dropFile(page: Page, file: ReturnType<typeof fixture>): Promise<void> {
  const dataTransfer = await page.evaluateHandle(`(() => {
    const dt = new DataTransfer();
    dt.items.add(new File([${JSON.stringify(file.buffer.toString('utf8'))}], ${JSON.stringify(file.name)}, { type: 'text/csv' }));
    return dt;
  })()`);
  await page.getByTestId('import-dropzone').dispatchEvent('drop', { dataTransfer });
}

/** Records each state the progress panel shows (phase, finished, figures), however briefly. */
async function watchProgress(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(`(() => {
    const seen = [];
    window.__progress = seen;
    new MutationObserver(() => {
      const el = document.querySelector('[data-testid="import-progress"]');
      if (!el) return;
      const figures = el.querySelector('[data-testid="import-progress-figures"]')?.textContent ?? '';
      const state = el.getAttribute('data-phase') + ':' + el.getAttribute('data-finished') + ':' + figures;
      if (seen.at(-1) !== state) seen.push(state);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  })()`);
  return () => page.evaluate('window.__progress') as Promise<string[]>;
}

test('finance imports a Tempo export: the figures move by hours × rate, a re-import adds nothing, a bad row stops the file, undo puts them back', async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(360_000);
  const api = await signedInApi(playwright, baseURL, finance);
  const cascadia = await accountByName(api, 'Cascadia Retail Group');
  const [day6, day7] = [`${month}-06`, `${month}-07`];

  // What the file adds, worked out by hand from the demo's rates (read through the API):
  // Emily Zhang (technical lead on the team) 3 h on the 6th + 4 h on the 7th; Pavel Dvorak (engineer) 6 h on the 7th.
  // Neither has a rate of their own, so each hour costs their role's rate of that day (whole hours of
  // whole-cent rates: no rounding).
  const emily = await seatOn(api, cascadia.id, 'Emily Zhang', day6);
  const pavel = await seatOn(api, cascadia.id, 'Pavel Dvorak', day7);
  expect(emily.role).toBe('technical_lead');
  expect(pavel.role).toBe('engineer');
  expect(await rateOn(api, { level: 'person', personId: emily.personId }, day7)).toBeNull();
  expect(await rateOn(api, { level: 'person', personId: pavel.personId }, day7)).toBeNull();
  const lead6 = await rateOn(api, { level: 'role', role: 'technical_lead' }, day6);
  const lead7 = await rateOn(api, { level: 'role', role: 'technical_lead' }, day7);
  const engineer7 = await rateOn(api, { level: 'role', role: 'engineer' }, day7);
  for (const r of [lead6, lead7, engineer7]) expect(r?.hourly.currency).toBe('USD'); // the base currency
  const added = 3 * lead6!.hourly.amount + 4 * lead7!.hourly.amount + 6 * engineer7!.hourly.amount;
  // e.g. with the 2026 rates 71.99 and 58.49: 7 × 71.99 + 6 × 58.49 = 503.93 + 350.94 = 854.87
  expect(added).toBeGreaterThan(0);

  const allBefore = await investedAll(api, cascadia.id);
  const ttmBefore = await investedTtm(api, cascadia.managerPersonId, cascadia.id);

  await signIn(page, finance);
  await page.getByTestId('nav-imports').click();
  await expect(page.getByRole('heading', { name: 'Imports', level: 2 })).toBeVisible();
  await page.getByTestId('new-import').click();

  // 1. What: time entries (the kinds come from the server).
  await expect(page.getByTestId('import-kind-monthly_returns')).toBeVisible();
  await page.getByTestId('import-kind-time_entries').click();
  await expect(page.getByTestId('import-kind-time_entries')).toHaveAttribute('aria-checked', 'true');
  await shot(page, 'imports-en-1-kind');
  await page.getByTestId('import-next').click();

  // 2. The file.
  await expect(page.getByTestId('import-dropzone')).toBeVisible();
  await shot(page, 'imports-en-2-file');
  const good = fixture('tempo-worklogs.csv', 'tempo-cascadia.csv');
  await chooseFile(page, good);

  // 3. Preview: Tempo recognised, its columns mapped, the three rows checked and resolved.
  await expect(page.getByTestId('preview-detected')).toHaveText('Recognised as Jira Tempo worklogs');
  await expect(page.getByTestId('mapping-person').locator('..')).toContainText('Full name');
  await expect(page.getByTestId('mapping-account').locator('..')).toContainText('Account Name');
  const rows = page.getByTestId('preview-row');
  await expect(rows).toHaveCount(3);
  await expect(page.locator('[data-testid="preview-row"][data-ok="true"]')).toHaveCount(3);
  await expect(page.getByTestId('preview-summary')).toHaveText('The first 3 rows are all right');
  // As imported: the date without its time, the role from the team that day.
  await expect(rows.nth(0)).toContainText(day6);
  await expect(rows.nth(0)).toContainText('Technical lead');
  await expect(rows.nth(2)).toContainText('Engineer');
  await shot(page, 'imports-en-3-preview');

  // 4. Import, watching the progress panel.
  const progress = await watchProgress(page);
  await page.getByTestId('import-start').click();
  const result = page.getByTestId('import-result');
  await expect(result).toHaveAttribute('data-outcome', 'imported');
  await expect(page.getByTestId('import-result-text')).toHaveText('Imported 3 rows from tempo-cascadia.csv.');
  await expect(page.getByTestId('import-progress')).toHaveAttribute('data-finished', 'true');
  await expect(page.getByTestId('import-progress')).toContainText('3 rows read');
  const states = await progress();
  expect(states[0]).toMatch(/^sending:false:/); // shown while the file went up
  expect(states.at(-1)).toBe(`writing:true:${good.buffer.length} B · 100%`); // and full at the end
  await shot(page, 'imports-en-4-imported');

  // The account's figures: all-time on the Economics tab, the last twelve months on the Portfolio.
  expect(await investedAll(api, cascadia.id)).toBe(allBefore + added);
  expect(await investedTtm(api, cascadia.managerPersonId, cascadia.id)).toBe(ttmBefore + added);
  await page.goto(`/accounts/${cascadia.id}?tab=economics`);
  await expect(page.getByTestId('figure-invested')).toHaveText(usd(allBefore + added), { timeout: slowPage });
  await page.goto(`/portfolio?managerPersonId=${cascadia.managerPersonId}`);
  const row = page.getByTestId('portfolio-row').filter({ hasText: 'Cascadia Retail Group' });
  await expect(row).toContainText(usd(ttmBefore + added), { timeout: slowPage });
  await shot(page, 'imports-en-5-portfolio-after');

  // The same file again: nothing new.
  await page.goto('/imports/new?kind=time_entries');
  await page.getByTestId('import-next').click();
  await chooseFile(page, fixture('tempo-worklogs.csv', 'tempo-cascadia (again).csv'));
  await expect(page.locator('[data-testid="preview-row"][data-ok="true"]')).toHaveCount(3);
  await page.getByTestId('import-start').click();
  await expect(result).toHaveAttribute('data-outcome', 'noop');
  await expect(page.getByTestId('import-result-text')).toContainText(
    'This file was already imported — nothing new was added. It came in as tempo-cascadia.csv',
  );
  await shot(page, 'imports-en-6-nothing-new');
  expect(await investedAll(api, cascadia.id)).toBe(allBefore + added);

  // A file with one bad row (dropped on the zone): the preview marks it, the import refuses the file.
  await page.getByTestId('import-another').click();
  await dropFile(page, fixture('tempo-worklogs-bad.csv', 'tempo-cascadia-week2.csv'));
  const bad = page.locator('[data-testid="preview-row"][data-ok="false"]');
  await expect(bad).toHaveCount(1);
  await expect(bad).toHaveAttribute('data-line', '3');
  await expect(bad.getByTestId('preview-row-reason')).toHaveText(
    "'three' is not a number of hours (e.g. 1.5 or 1:30)",
  );
  await expect(page.getByTestId('preview-summary')).toHaveText('1 of the first 3 rows has an error');
  await shot(page, 'imports-en-7-preview-bad-row');
  await page.getByTestId('import-start').click();
  await expect(result).toHaveAttribute('data-outcome', 'failed');
  await expect(page.getByTestId('import-result-text')).toHaveText(
    '1 row has an error, so no row of the file was written. Fix it and import the file again.',
  );
  const errorRows = page.getByTestId('error-row');
  await expect(errorRows).toHaveCount(1);
  await expect(errorRows.first()).toHaveAttribute('data-line', '3');
  await expect(errorRows.first()).toContainText('Hours');
  await expect(errorRows.first()).toContainText("'three' is not a number of hours");
  const download = page.waitForEvent('download');
  await page.getByTestId('download-errors').click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('import-errors-tempo-cascadia-week2.csv');
  const csv = readFileSync(await saved.path(), 'utf8');
  expect(csv).toBe(
    `\uFEFFLine,Column,What is wrong\r\n3,Hours,'three' is not a number of hours (e.g. 1.5 or 1:30)\r\n`,
  );
  await shot(page, 'imports-en-8-error-report');
  // Line 2 and 4 were fine, yet nothing of the file was written.
  expect(await investedAll(api, cascadia.id)).toBe(allBefore + added);

  // The history: the failed file and the import; undo the import.
  await page.getByTestId('open-history').click();
  await expect(page.getByRole('heading', { name: 'Imports', level: 2 })).toBeVisible();
  const failedRow = page.locator('[data-testid="import-row"][data-file="tempo-cascadia-week2.csv"]');
  await expect(failedRow.getByTestId('import-status')).toHaveText('Failed');
  const importRow = page.locator('[data-testid="import-row"][data-file="tempo-cascadia.csv"]');
  await expect(importRow.getByTestId('import-status')).toHaveText('Imported');
  await expect(importRow).toContainText('Fiona Walsh');
  await expect(importRow).toContainText('3 written · 0 left out');
  await shot(page, 'imports-en-9-history');
  await failedRow.getByTestId('import-report').click();
  const report = page.getByRole('dialog', { name: 'Errors in tempo-cascadia-week2.csv' });
  await expect(report.getByTestId('error-row')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(report).toBeHidden();

  await importRow.getByTestId('import-undo').click();
  const confirm = page.getByRole('dialog', { name: 'Undo this import?' });
  await expect(confirm).toContainText('This removes 3 time entries that tempo-cascadia.csv added');
  await shot(page, 'imports-en-10-undo-confirm');
  await confirm.getByTestId('confirm-button').click();
  await expect(confirm).toBeHidden();
  await expect(importRow.getByTestId('import-status')).toHaveText('Undone');
  await expect(importRow).toContainText('by Fiona Walsh');
  await expect(importRow.getByTestId('import-undo')).toHaveCount(0);
  await shot(page, 'imports-en-11-history-undone');

  // The figures are back where they were.
  expect(await investedAll(api, cascadia.id)).toBe(allBefore);
  expect(await investedTtm(api, cascadia.managerPersonId, cascadia.id)).toBe(ttmBefore);
  await page.goto(`/accounts/${cascadia.id}?tab=economics`);
  await expect(page.getByTestId('figure-invested')).toHaveText(usd(allBefore), { timeout: slowPage });
  await page.goto(`/portfolio?managerPersonId=${cascadia.managerPersonId}`);
  await expect(page.getByTestId('portfolio-row').filter({ hasText: 'Cascadia Retail Group' })).toContainText(
    usd(ttmBefore),
    { timeout: slowPage },
  );
  await api.dispose();
});

test('a large file shows its progress while it streams in', async ({ page, playwright, baseURL }) => {
  test.setTimeout(240_000);
  const director = await signedInApi(playwright, baseURL, users.director);
  const year = Number(month.slice(0, 4));
  const account = await createAccountViaApi(director, {
    name: `E2E Import Progress ${unique()}`,
    objective: 'growth',
    startedOn: `${year - 2}-01-01`,
  });
  // 30,000 six-minute entries (0.1 h) of Pavel Dvorak over the 12 months to the last complete one,
  // 28 days a month (about 9 h a day). He is not on this new account's team and has no rate of his
  // own, so every hour costs the workspace default: 30,000 × 0.1 h = 3,000 h × the default rate.
  const people = await director.get('/api/v1/people', { params: { q: 'Pavel Dvorak' } });
  const pavel = ((await people.json()) as { items: { id: string; name: string }[] }).items.find(
    (p) => p.name === 'Pavel Dvorak',
  );
  expect(pavel).toBeDefined();
  const days: string[] = [];
  for (let m = 11; m >= 0; m--) {
    const d = new Date(Date.UTC(year, Number(month.slice(5, 7)) - 1 - m, 1));
    const ym = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
    for (let day = 1; day <= 28; day++) days.push(`${ym}-${String(day).padStart(2, '0')}`);
  }
  const lines = ['Email,Account,Date,Hours,Note'];
  for (let i = 0; i < 30_000; i++)
    lines.push(`Pavel Dvorak,${account.name},${days[i % days.length]},0.1,Ticket ${100_000 + i}`);
  const file = {
    name: 'pavel-six-minutes.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${lines.join('\n')}\n`),
  };
  for (const day of [days[0]!, days.at(-1)!])
    expect(await rateOn(director, { level: 'person', personId: pavel!.id }, day)).toBeNull();
  const first = await rateOn(director, { level: 'workspace' }, days[0]!);
  const last = await rateOn(director, { level: 'workspace' }, days.at(-1)!);
  expect(last).toEqual(first); // one default rate over the whole year
  expect(first?.hourly.currency).toBe('USD');

  await signIn(page, users.director);
  await page.goto('/imports/new?kind=time_entries');
  await page.getByTestId('import-next').click();
  await chooseFile(page, file);
  await expect(page.getByTestId('preview-detected')).toHaveText(
    'Not a known export: choose the columns below',
  );
  await expect(page.locator('[data-testid="preview-row"][data-ok="true"]')).toHaveCount(20);
  await expect(
    page.getByText('The import checks every row of the file; this shows the first 20.'),
  ).toBeVisible();

  const seen = await watchProgress(page);
  await page.getByTestId('import-start').click();
  // The server reports every 5,000 rows; catch the panel between two of them.
  await page
    .locator('[data-testid="import-progress"][data-phase="reading"][data-finished="false"]')
    .filter({ hasText: /[1-9][\d,]* rows read/ })
    .waitFor();
  await page.screenshot({ path: 'e2e/artifacts/imports-en-progress.png' });
  await expect(page.getByTestId('import-result')).toHaveAttribute('data-outcome', 'imported', {
    timeout: 180_000,
  });
  await expect(page.getByTestId('import-result-text')).toHaveText(
    'Imported 30,000 rows from pavel-six-minutes.csv.',
  );
  const states = await seen();
  // The file going up, then rows read with the share of bytes, e.g. "reading:false:5,000 rows read · 350 KB of 2.1 MB · 16%".
  expect(states[0]).toMatch(/^sending:false:/);
  const reading = states.filter((s) => /^reading:false:[\d,]+ rows read · .+ of .+ · \d+%$/.test(s));
  expect(reading.some((s) => /:(5|10|15|20|25),000 rows read/.test(s))).toBe(true);
  expect(states.at(-1)).toMatch(/^writing:true:/);
  // 3,000 h × the default rate (45.00 in the demo: 135,000.00).
  expect(await investedAll(director, account.id)).toBe(3000 * first!.hourly.amount);
  await director.dispose();
});

test('in Russian: an account manager maps the columns of her own file and reads the report in Russian', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // Olga Smirnova's interface is in Russian; she leads Rheinwerk Utilities.
  await page.goto('/sign-in');
  await submitSignIn(page, amRu, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/accounts(\?|$)/);
  await expect(page.getByRole('heading', { name: 'Аккаунты', level: 2 })).toBeVisible();

  await page.getByTestId('nav-imports').click();
  await expect(page.getByRole('heading', { name: 'Импорт', level: 2 })).toBeVisible();
  await expect(page.getByTestId('imports-empty')).toHaveText('Пока ничего не импортировано.');
  await shot(page, 'imports-ru-0-history-empty');
  await page.getByTestId('new-import').click();
  // An account manager imports hours; money and rates are for finance.
  await expect(page.getByTestId('import-kind-monthly_returns')).toHaveCount(0);
  await expect(
    page.getByText('Импортировать это могут только финансы, директор или администратор'),
  ).toBeVisible();
  await page.getByTestId('import-kind-time_entries').focus();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('import-kind-time_entries')).toHaveAttribute('aria-checked', 'true');
  await shot(page, 'imports-ru-1-kind');
  await page.getByTestId('import-next').click();
  await shot(page, 'imports-ru-2-file');
  await chooseFile(page, fixture('rheinwerk-hours-ru.csv', 'часы-rheinwerk.csv'));

  // Russian headers: nothing is suggested, the required fields say so, in Russian.
  await expect(page.getByTestId('preview-format')).toHaveText('CSV · через точку с запятой');
  await expect(page.getByTestId('preview-fix-mapping')).toBeVisible();
  await expect(page.getByText('Выберите столбец для поля «Человек»')).toBeVisible();
  await shot(page, 'imports-ru-3-mapping-empty');
  for (const [field, column] of [
    ['person', 'Сотрудник'],
    ['account', 'Клиент'],
    ['date', 'Дата'],
    ['hours', 'Часы'],
    ['note', 'Комментарий'],
  ] as const) {
    await page.getByTestId(`mapping-${field}`).click();
    await page.getByRole('option', { name: column, exact: true }).click();
    await page.keyboard.press('Escape');
  }
  const bad = page.locator('[data-testid="preview-row"][data-ok="false"]');
  await expect(bad).toHaveCount(1);
  await expect(bad).toHaveAttribute('data-line', '3');
  await expect(bad.getByTestId('preview-row-reason')).toHaveText(
    '«три» — не количество часов (например, 1.5 или 1:30)',
  );
  await expect(page.locator('[data-testid="preview-row"][data-ok="true"]')).toHaveCount(2);
  await shot(page, 'imports-ru-3-preview');

  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-result')).toHaveAttribute('data-outcome', 'failed');
  await expect(page.getByTestId('import-result-text')).toContainText('Строк с ошибками: 1');
  await expect(page.getByTestId('error-row').first()).toContainText('Часы');
  await shot(page, 'imports-ru-4-error-report');

  // The fixed file (three → 3): the columns chosen are kept, every row passes, and it is imported.
  const file = fixture('rheinwerk-hours-ru.csv', 'часы-rheinwerk-исправлено.csv');
  const fixedFile = { ...file, buffer: Buffer.from(file.buffer.toString('utf8').replace(';три;', ';3;')) };
  await page.getByTestId('import-choose-fixed').click();
  await chooseFile(page, fixedFile);
  await expect(page.locator('[data-testid="preview-row"][data-ok="true"]')).toHaveCount(3);
  await expect(page.getByTestId('preview-summary')).toHaveText('Первые строки (3) в порядке');
  const seen = await watchProgress(page);
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-result')).toHaveAttribute('data-outcome', 'imported', {
    timeout: 30_000,
  });
  await expect(page.getByTestId('import-result-text')).toHaveText(
    'Импортировано строк из часы-rheinwerk-исправлено.csv: 3.',
  );
  await expect(page.getByTestId('import-progress')).toContainText('Прочитано строк: 3');
  const states = await seen();
  expect(states[0]).toMatch(/^sending:false:/);
  expect(states.at(-1)).toBe(`writing:true:${fixedFile.buffer.length} Б · 100%`);
  await shot(page, 'imports-ru-6-imported');

  await page.getByTestId('open-history').click();
  await expect(page.locator('[data-testid="import-row"][data-file="часы-rheinwerk.csv"]')).toContainText(
    'Не прошёл',
  );
  const done = page.locator('[data-testid="import-row"][data-file="часы-rheinwerk-исправлено.csv"]');
  await expect(done.getByTestId('import-status')).toHaveText('Импортирован');
  await shot(page, 'imports-ru-7-history');
  await done.getByTestId('import-undo').click();
  const confirm = page.getByRole('dialog', { name: 'Отменить этот импорт?' });
  await expect(confirm).toContainText('Будут удалены записи времени (3)');
  await shot(page, 'imports-ru-8-undo-confirm');
  await confirm.getByTestId('confirm-button').click();
  await expect(done.getByTestId('import-status')).toHaveText('Отменён');
  await shot(page, 'imports-ru-9-history-undone');
});

test('contacts from an address book go into the account chosen for them', async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const director = await signedInApi(playwright, baseURL, users.director);
  const account = await createAccountViaApi(director, {
    name: `E2E Lumen Contacts ${unique()}`,
    objective: 'growth',
  });
  const file = {
    name: 'lumen-contacts.vcf',
    mimeType: 'text/vcard',
    buffer: readFileSync(join(import.meta.dirname, 'fixtures', 'lumen-contacts.vcf')),
  };

  await signIn(page, users.director);
  await page.goto('/imports/new');
  await page.getByTestId('import-kind-contacts').click();
  // The account is searched on the server as one types; Next waits for it.
  await expect(page.getByTestId('import-next')).toBeDisabled();
  await page.getByTestId('import-contacts-account').fill(account.name.slice(4));
  await page.getByRole('option', { name: account.name, exact: true }).click();
  await expect(page.getByTestId('import-contacts-account')).toHaveValue(account.name);
  await page.getByTestId('import-next').click();
  await chooseFile(page, file);

  // Two cards, two rows; the address book is recognised by its bytes.
  await expect(page.getByTestId('preview-format')).toHaveText('VCF · one row per card');
  await expect(page.locator('[data-testid="preview-row"][data-ok="true"]')).toHaveCount(2);
  await expect(page.getByTestId('preview-row').first()).toContainText('Maria Keller');
  await shot(page, 'imports-en-contacts-preview');
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-result')).toHaveAttribute('data-outcome', 'imported');
  await expect(page.getByTestId('import-result-text')).toHaveText('Imported 2 rows from lumen-contacts.vcf.');

  const contacts = await director.get(`/api/v1/accounts/${account.id}/contacts`);
  expect(contacts.ok()).toBe(true);
  const names = ((await contacts.json()) as { items: { name: string }[] }).items.map((c) => c.name);
  expect(names).toContain('Maria Keller');
  expect(names).toHaveLength(2);
  await director.dispose();
});
