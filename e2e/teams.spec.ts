import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test';
import { createAccountViaApi, csrfToken, signedInApi, signIn, snap, unique, users } from './helpers';

const am = 'am@vested.demo'; // Claire Donovan, account manager

type Person = { id: string; name: string };

async function personNamed(request: APIRequestContext, name: string): Promise<Person> {
  const res = await request.get(`/api/v1/people?q=${encodeURIComponent(name)}`);
  expect(res.ok()).toBe(true);
  const found = ((await res.json()) as { items: Person[] }).items.find((p) => p.name === name);
  expect(found, `${name} is in the demo workspace`).toBeTruthy();
  return found!;
}

/** A browser page of its own, signed in as `email` (a second person at another desk). */
async function pageAs(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** Pick in a searchable person select: type part of the name, choose the option. */
async function choosePerson(page: Page, input: ReturnType<Page['getByRole']>, name: string) {
  await input.click();
  await input.fill(name);
  await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
}

const today = new Date();
const pad = (n: number) => String(n).padStart(2, '0');
const firstOfMonth = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-01`;

test('the account manager asks for a new account manager and the director approves it', async ({
  page,
  browser,
}) => {
  test.slow(); // several sign-ins and figures computed over months: more than the default minute
  // An account of this journey's own, managed by Claire (so the demo's accounts keep their managers).
  await signIn(page, users.director);
  const claire = await personNamed(page.request, 'Claire Donovan');
  // Started in 2025: Claire has managed it since, so the hand-over leaves her time in the history.
  const account = await createAccountViaApi(page.request, {
    name: `E2E Harbour Logistics ${unique()}`,
    objective: 'growth',
    managerPersonId: claire.id,
    startedOn: '2025-01-06',
  });

  // Claire asks for Kwame Mensah, with the reason.
  const amPage = await pageAs(browser, am);
  await amPage.goto(`/accounts/${account.id}?tab=team`);
  await expect(amPage.getByTestId('current-manager')).toHaveText('Claire Donovan');
  await amPage.getByTestId('request-manager').click();
  const form = amPage.getByTestId('manager-request-form');
  // Without a person and a reason nothing is sent and the fields say why.
  await form.getByRole('button', { name: 'Send the request' }).click();
  await expect(form.getByText('Give the reason for the request')).toBeVisible();
  await choosePerson(amPage, form.getByRole('combobox', { name: 'New account manager' }), 'Kwame Mensah');
  await form
    .getByRole('textbox', { name: 'Reason' })
    .fill('Kwame ran the client’s pilot and they ask for him.');
  await form.getByRole('button', { name: 'Send the request' }).click();
  await expect(form).toBeHidden();
  const pending = amPage.getByTestId('pending-request');
  await expect(pending).toContainText('Kwame Mensah');
  await expect(pending).toContainText('A director approves or rejects it.');
  await expect(amPage.getByTestId('approve-request')).toHaveCount(0);
  await snap(amPage, '08-teams-am-requested');

  // The director sees it among the requests waiting for them, opens the account's team from there and
  // approves it.
  await page.getByRole('navigation').getByRole('link', { name: 'Account managers' }).click();
  const row = page.getByTestId('pending-request-row').filter({ hasText: account.name });
  await expect(row).toContainText('Claire Donovan → Kwame Mensah');
  await expect(row).toContainText('Kwame ran the client’s pilot');
  await row.getByRole('link', { name: account.name }).click();
  await expect(page.getByTestId('pending-request')).toContainText('Kwame Mensah');
  await page.getByTestId('approve-request').click();
  const decision = page.getByTestId('manager-decision-form');
  await expect(decision).toContainText('Kwame Mensah becomes the account manager');
  await decision.getByRole('textbox', { name: 'Reason' }).fill('Agreed with Grace, his line manager.');
  await decision.getByRole('button', { name: 'Approve' }).click();
  await expect(decision).toBeHidden();

  // The Team tab shows the new manager, who held the role before, and how the request ended.
  await expect(page.getByTestId('current-manager')).toHaveText('Kwame Mensah');
  const history = page.getByTestId('manager-history');
  await expect(history).toContainText('Kwame Mensah');
  await expect(history).toContainText('Claire Donovan');
  await expect(history).toContainText('6 Jan 2025');
  const outcome = page.getByTestId('manager-request').first();
  await expect(outcome).toContainText('Approved');
  await expect(outcome).toContainText('Agreed with Grace, his line manager.');
  await expect(page.getByTestId('pending-request')).toHaveCount(0);
  await snap(page, '08-teams-am-approved');

  // Claire's own screen, reloaded: handed over (her time ended yesterday), she is no longer on the team,
  // so the account is no longer hers to see.
  await amPage.reload();
  await expect(amPage.getByText('This page does not exist, or you may not see it.')).toBeVisible();
  await amPage.context().close();
});

test('filling an empty role from a suggestion, and an over-allocation warned on the team, the matrix and the person', async ({
  page,
}) => {
  test.slow(); // several sign-ins and figures computed over months: more than the default minute
  await signIn(page, users.director);
  const claire = await personNamed(page.request, 'Claire Donovan');
  const account = await createAccountViaApi(page.request, {
    name: `E2E Quarry Analytics ${unique()}`,
    objective: 'growth',
    managerPersonId: claire.id,
  });
  // A person of this journey's own: 40 h a month for account work, in a department of their own.
  const department = `E2E Dept ${unique()}`;
  const created = await page.request.post('/api/v1/people', {
    headers: { 'x-csrf-token': await csrfToken(page.request) },
    data: { name: `Rosa Brandt ${unique()}`, department, monthlyCapacityHours: 40 },
  });
  expect(created.status()).toBe(201);
  const rosa = (await created.json()) as Person;

  // The account needs a solution architect for 20 h a month: the warning names the empty role.
  await page.goto(`/accounts/${account.id}?tab=team`);
  await page.getByTestId('edit-plan').click();
  const plan = page.getByTestId('team-plan-form');
  await plan.getByTestId('plan-add-role').click();
  await plan.getByRole('combobox', { name: 'Role on the account' }).click();
  await page.getByRole('option', { name: 'Solution architect' }).click();
  await plan.getByRole('textbox', { name: 'Hours a month' }).fill('20');
  await plan.getByTestId('plan-save').click();
  await expect(plan).toBeHidden();
  const warnings = page.getByTestId('team-warnings');
  await expect(warnings.getByTestId('warning-unfilled')).toContainText(
    'Solution architect: needed 20 h a month, nobody fills it.',
  );

  // Suggestions: people with free hours, each with their line manager to ask; take the first.
  await warnings.getByRole('button', { name: 'Suggest people' }).click();
  const suggestions = page.getByTestId('suggestion');
  await expect(suggestions.first()).toBeVisible();
  await expect(suggestions.first()).toContainText('ask');
  const suggested = (await suggestions.first().getByRole('link').first().textContent()) ?? '';
  await snap(page, '08-teams-suggestions');
  await suggestions.first().getByTestId('suggestion-add').click();
  const member = page.getByTestId('team-member-form');
  await expect(member.getByRole('combobox', { name: 'Role on the account' })).toHaveValue(
    'Solution architect',
  );
  await expect(member.getByRole('textbox', { name: 'Hours a month' })).toHaveValue('20');
  await member.getByTestId('member-save').click();
  await expect(member).toBeHidden();
  await expect(page.getByTestId('warning-unfilled')).toHaveCount(0);
  await expect(page.getByTestId('need-role').filter({ hasText: 'Solution architect' })).toContainText(
    suggested,
  );

  // Rosa (40 h a month) is allocated 60 h a month from the first of this month: 20 h over.
  await page.getByTestId('add-member').click();
  await choosePerson(page, member.getByRole('combobox', { name: 'Person' }), rosa.name);
  await member.getByRole('combobox', { name: 'Role on the account' }).click();
  await page.getByRole('option', { name: 'Engineer', exact: true }).click();
  await member.getByRole('textbox', { name: 'Hours a month' }).fill('60');
  await member.getByLabel('From').fill(firstOfMonth);
  await member.getByTestId('member-save').click();
  await expect(member).toBeHidden();
  // 60 h allocated of 40 h capacity → over by 20 h.
  await expect(page.getByTestId('warning-over')).toContainText(`${rosa.name} is over capacity in`);
  await expect(page.getByTestId('warning-over')).toContainText('60 h allocated of 40 h (over by 20 h)');
  const rosaRow = page.getByTestId('team-row').filter({ hasText: rosa.name });
  await expect(rosaRow.getByTestId('member-load')).toHaveAttribute('data-over', 'true');
  await expect(rosaRow.getByTestId('member-load')).toHaveText('60 / 40');
  await snap(page, '08-teams-over-allocated-team');

  // The matrix, filtered by her department and to over-allocated people, shows her row in red.
  await page.getByRole('navigation').getByRole('link', { name: 'Matrix' }).click();
  await page.getByTestId('matrix-department-filter').click();
  await page.getByRole('option', { name: department }).click();
  await expect(page).toHaveURL(/department=/);
  await page.getByTestId('matrix-over-filter').check();
  await expect(page).toHaveURL(/over=true/);
  const matrixRow = page.getByTestId('matrix-row');
  await expect(matrixRow).toHaveCount(1);
  await expect(matrixRow).toHaveAttribute('data-over', 'true');
  await expect(matrixRow.getByTestId('matrix-total')).toContainText('60 / 40');
  await expect(matrixRow.getByTestId('matrix-cell')).toHaveCount(1);
  await expect(matrixRow.getByTestId('matrix-cell')).toContainText('Engineer');
  await expect(matrixRow.getByTestId('matrix-cell')).toContainText('60 h');
  await snap(page, '08-teams-matrix-over');

  // Her page says so too, and the month strip marks this month.
  await matrixRow.getByRole('link', { name: rosa.name }).click();
  await expect(page.getByTestId('person-name')).toHaveText(rosa.name);
  await expect(page.getByTestId('person-over-allocated')).toHaveText('Over capacity by 20 h this month');
  await expect(page.getByTestId('capacity-month').nth(1)).toHaveAttribute('data-over', 'true');
  await snap(page, '08-teams-person-over');
});

test('a team member sees the team but no controls, and the API refuses their changes', async ({
  page,
  playwright,
  baseURL,
}) => {
  test.slow(); // several sign-ins and figures computed over months: more than the default minute
  await signIn(page, users.member);
  await page.getByRole('link', { name: 'Albion Mutual Insurance' }).click();
  await page.getByTestId('account-tab-team').click();
  await expect(page.getByTestId('team-row').first()).toBeVisible();
  await expect(page.getByTestId('current-manager')).toHaveText('Claire Donovan');
  await expect(page.getByTestId('add-member')).toHaveCount(0);
  await expect(page.getByTestId('edit-plan')).toHaveCount(0);
  await expect(page.getByTestId('request-manager')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Edit' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Suggest people' })).toHaveCount(0);
  await snap(page, '08-teams-member-view');

  // Through the API, with their own session: adding someone is refused and nothing changes.
  const api = await signedInApi(playwright, baseURL, users.member);
  const accountId = page.url().split('/accounts/')[1]!.split('?')[0]!;
  const before = await (await api.get(`/api/v1/accounts/${accountId}/team`)).json();
  const someone = await personNamed(api, 'Grace Liu');
  const refused = await api.post(`/api/v1/accounts/${accountId}/team`, {
    headers: { 'x-csrf-token': await csrfToken(api) },
    data: { personId: someone.id, role: 'engineer', hoursPerMonth: 10, from: firstOfMonth },
  });
  expect(refused.status()).toBe(403);
  const plan = await api.put(`/api/v1/accounts/${accountId}/team/plan`, {
    headers: { 'x-csrf-token': await csrfToken(api) },
    data: { version: 0, roles: [], skills: [] },
  });
  expect(plan.status()).toBe(403);
  expect(await (await api.get(`/api/v1/accounts/${accountId}/team`)).json()).toEqual(before);
  await api.dispose();
});

test('the director records an assessment and sees it beside the results of the same period', async ({
  page,
}) => {
  test.slow(); // several sign-ins and figures computed over months: more than the default minute
  await signIn(page, users.director);
  const claire = await personNamed(page.request, 'Claire Donovan');
  await page.goto(`/people/${claire.id}`);
  await page.getByTestId('person-new-assessment').click();
  await expect(page).toHaveURL(/\/managers\/[^/]+\/assess$/);
  const form = page.getByTestId('assessment-form');
  await form.getByLabel('From').fill('2025-11-01');
  await form.getByLabel('To').fill('2026-04-30');
  // The results of that period stand beside the form while the director scores.
  const beside = page.getByTestId('results-panel');
  await expect(beside).toContainText('Measured over the same period');
  await expect(beside).toContainText('1 Nov 2025 – 30 Apr 2026');

  // Saving with nothing scored: every criterion says what is missing, and the first one has focus.
  await page.getByTestId('assessment-save').click();
  await expect(form.getByText('Use a level from 1 to 5').first()).toBeVisible();
  await expect(form.getByText('Give the evidence').first()).toBeVisible();
  await expect(form.getByRole('radio', { name: 'Listening: Level 1 of 5' })).toBeFocused();

  // Scored with the keyboard: a level is chosen with the arrow keys, the evidence typed after Tab.
  const levels = [5, 4, 4, 5, 3, 4, 4, 4];
  const criteria = [
    'Listening',
    'Asking the right questions',
    'Foreseeing and solving client problems',
    'Managing expectations',
    'Leading the account team',
    'Presenting the company’s services',
    'Knowledge of the company’s services',
    'Experience',
  ];
  for (const [i, name] of criteria.entries()) {
    await form.getByRole('radio', { name: `${name}: Level 1 of 5` }).focus();
    await page.keyboard.press('Space');
    for (let n = 1; n < levels[i]!; n++) await page.keyboard.press('ArrowRight');
    await expect(form.getByRole('radio', { name: `${name}: Level ${levels[i]} of 5` })).toBeChecked();
    await form
      .getByRole('textbox', { name: `${name}: Evidence` })
      .fill(`Seen at the Q1 review: ${name.toLowerCase()}.`);
  }
  await form.getByRole('textbox', { name: 'Summary' }).fill('A strong half-year; lead the team more.');
  await snap(page, '08-teams-assessment-form');
  await page.getByTestId('assessment-save').click();

  // The results page: the scores (average (5+4+4+5+3+4+4+4)/8 = 33/8 = 4.125 → 4.13) beside the results.
  await expect(page).toHaveURL(/\/assessments\/[^/]+$/);
  await expect(page.getByTestId('assessment-average')).toHaveText('Average 4.13');
  await expect(page.getByTestId('scores-panel')).toContainText('Seen at the Q1 review: listening.');
  const results = page.getByTestId('results-panel');
  await expect(results).toContainText('1 Nov 2025 – 30 Apr 2026');
  await expect(results.getByTestId('result-objectives')).toBeVisible();
  await expect(results.getByTestId('result-roi')).toBeVisible();
  await expect(results.getByTestId('result-problems')).toContainText('Not yet measured');
  await expect(results.getByTestId('result-opportunities')).toContainText('Not yet measured');
  await expect(results.getByTestId('result-account').first()).toBeVisible();
  await snap(page, '08-teams-assessment-results');

  // It joins Claire's history, each assessment beside the results of its own period.
  await page.getByRole('link', { name: 'Account manager: Claire Donovan' }).click();
  await expect(
    page.getByTestId('assessment-history-row').filter({ hasText: '1 Nov 2025 – 30 Apr 2026' }),
  ).toContainText('4.13');
});
