import { expect, test } from '@playwright/test';
import { createAccountViaApi, csrfToken, getAccount, signIn, snap, unique, users } from './helpers';

test('the director creates an account through the New account form', async ({ page }) => {
  // APP BUG (remove this line once fixed): apps/web/src/features/accounts/CreateAccountModal.tsx parses the
  // answer of POST /api/v1/accounts with `AccountDetail`, but the server answers `Account` (no `permissions`,
  // apps/server/src/features/accounts/routes.ts): the account IS created, yet the modal stays open with
  // "Something went wrong" and a raw zod error, and a second click on Create makes a duplicate.

  const name = `E2E Harbour Analytics ${unique()}`;
  await signIn(page, users.director);

  await page.getByTestId('new-account').click();
  const dialog = page.getByRole('dialog', { name: 'New account' });
  await expect(dialog).toBeVisible();
  const form = dialog.getByTestId('create-account-form');

  // The name left empty: the field says so and nothing is sent.
  let creates = 0;
  page.on('request', (req) => {
    if (req.method() === 'POST' && new URL(req.url()).pathname === '/api/v1/accounts') creates += 1;
  });
  await form.getByRole('combobox', { name: 'Objective' }).click();
  await page.getByRole('option', { name: 'Growth', exact: true }).click();
  await form.getByRole('button', { name: 'Create' }).click();
  const nameInput = form.getByRole('textbox', { name: 'Name' });
  await expect(form.getByText('Name is required')).toBeVisible();
  await expect(nameInput).toHaveAttribute('aria-invalid', 'true');
  await expect(nameInput).toBeFocused();
  await expect(dialog).toBeVisible();
  expect(creates).toBe(0);
  await snap(page, '03-create-name-required');

  await nameInput.fill(name);
  await expect(form.getByText('Name is required')).toHaveCount(0);
  await form.getByRole('textbox', { name: 'Country' }).fill('de');
  await expect(form.getByRole('textbox', { name: 'Country' })).toHaveValue('DE');
  await snap(page, '03-create-filled');
  const created = page.waitForResponse(
    (res) => res.request().method() === 'POST' && new URL(res.url()).pathname === '/api/v1/accounts',
  );
  await form.getByRole('button', { name: 'Create' }).click();
  expect((await created).status()).toBe(201);
  // Whatever happens next (the account page, or an error in the form), keep a picture of it.
  await expect(page.getByTestId('account-name').or(dialog.getByRole('alert'))).toBeVisible();
  await snap(page, '03-after-create');
  // The outcome is already on screen: no need to wait for the error to go away.
  await expect(dialog.getByRole('alert')).toHaveCount(0, { timeout: 1_000 });

  await expect(page).toHaveURL(/\/accounts\/[^/?]+$/);
  await expect(page.getByTestId('account-name')).toHaveText(name);
  await expect(dialog).toBeHidden();
  await expect(page.getByText('The account is created')).toBeVisible();
  const overview = page.getByRole('tabpanel');
  await expect(overview).toContainText('Growth');
  await expect(overview).toContainText('DE');
  expect(creates).toBe(1);
  await snap(page, '03-created-account-page');
});

test('the director edits, archives and restores an account', async ({ page }) => {
  const name = `E2E Quayside Freight ${unique()}`;
  await signIn(page, users.director);
  await createAccountViaApi(page.request, { name, objective: 'growth', country: 'DE' });

  // Find it and open it from the list.
  await page.getByRole('textbox', { name: 'Search' }).fill(name);
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page.getByTestId('account-row')).toHaveCount(1);
  await page.getByTestId('account-row').getByRole('link', { name }).click();
  await expect(page).toHaveURL(/\/accounts\/[^/?]+$/);
  await expect(page.getByTestId('account-name')).toHaveText(name);
  const accountUrl = page.url();
  const overview = page.getByRole('tabpanel');

  await page.getByTestId('edit-account').click();
  const editForm = page.getByTestId('account-edit-form');
  await editForm.getByRole('textbox', { name: 'Industry' }).fill('Maritime analytics');
  await editForm.getByRole('button', { name: 'Save' }).click();
  await expect(editForm).toBeHidden();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await expect(overview).toContainText('Maritime analytics');
  await snap(page, '03-edited-industry');

  await page.getByTestId('archive-account').click();
  const confirm = page.getByRole('dialog', { name: 'Archive' });
  await expect(confirm).toContainText(`Archive ${name}?`);
  await confirm.getByRole('button', { name: 'Archive' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByTestId('account-archived')).toHaveText('Archived');
  await expect(page.getByTestId('restore-account')).toBeVisible();
  await snap(page, '03-archived');

  // Gone from the default (current) list, found among the archived ones.
  await page.getByRole('navigation').getByRole('link', { name: 'Accounts' }).click();
  await expect(page).toHaveURL(/\/accounts$/);
  await page.getByRole('textbox', { name: 'Search' }).fill(name);
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page.getByTestId('accounts-empty')).toHaveText('No accounts match these filters.');
  await expect(page.getByTestId('account-row')).toHaveCount(0);
  const archivedFilter = page.getByRole('radiogroup', { name: 'Archived' });
  await archivedFilter.getByText('Archived', { exact: true }).click();
  await expect(archivedFilter.getByRole('radio', { name: 'Archived' })).toBeChecked();
  await expect(page).toHaveURL(/[?&]archived=true(&|$)/);
  await expect(page.getByTestId('account-row')).toHaveCount(1);
  await expect(page.getByTestId('account-row')).toContainText(name);
  await snap(page, '03-archived-list');

  await page.goto(accountUrl);
  await page.getByTestId('restore-account').click();
  const restore = page.getByRole('dialog', { name: 'Restore' });
  await expect(restore).toContainText(`Restore ${name} to the lists?`);
  await restore.getByRole('button', { name: 'Restore' }).click();
  await expect(restore).toBeHidden();
  await expect(page.getByTestId('account-archived')).toHaveCount(0);
  await expect(page.getByTestId('archive-account')).toBeVisible();

  await page.goto(`/accounts?q=${encodeURIComponent(name)}`);
  await expect(page.getByTestId('account-row')).toHaveCount(1);
  await expect(page.getByTestId('account-row')).toContainText(name);
  await expect(page.getByTestId('account-row')).toContainText('Maritime analytics');
  await snap(page, '03-restored-in-list');
});

test('saving an edit over a newer version shows the stale-version alert, and Reload recovers', async ({
  page,
}) => {
  await signIn(page, users.director);
  // An account of this journey's own, made through the API with the page's session.
  const account = await createAccountViaApi(page.request, {
    name: `E2E Stale Edit ${unique()}`,
    objective: 'preservation',
    industry: 'Original industry',
  });

  await page.goto(`/accounts/${account.id}`);
  await expect(page.getByTestId('account-name')).toHaveText(account.name);
  await page.getByTestId('edit-account').click();
  const form = page.getByTestId('account-edit-form');
  const industry = form.getByRole('textbox', { name: 'Industry' });
  await expect(industry).toHaveValue('Original industry');

  // Meanwhile someone else changes the same account.
  const before = await getAccount(page.request, account.id);
  const patch = await page.request.patch(`/api/v1/accounts/${account.id}`, {
    headers: { 'x-csrf-token': await csrfToken(page.request) },
    data: { version: before.version, industry: 'Changed elsewhere' },
  });
  expect(patch.ok()).toBe(true);

  await industry.fill('Typed in the stale form');
  await form.getByRole('button', { name: 'Save' }).click();
  const alert = page.getByTestId('stale-version-alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('This was changed by someone else');
  await expect(alert).toContainText(
    'Someone else changed this account after you opened it. Reload to see the current version, then make your change again.',
  );
  await expect(form.getByRole('button', { name: 'Save' })).toBeDisabled();
  expect((await getAccount(page.request, account.id)).industry).toBe('Changed elsewhere');
  await snap(page, '04-stale-version-alert');

  await page.getByTestId('stale-version-reload').click();
  await expect(alert).toBeHidden();
  await expect(industry).toHaveValue('Changed elsewhere');
  await expect(form.getByRole('button', { name: 'Save' })).toBeEnabled();
  await snap(page, '04-after-reload');

  await industry.fill('Agreed industry');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('tabpanel')).toContainText('Agreed industry');
  const after = await getAccount(page.request, account.id);
  expect(after.industry).toBe('Agreed industry');
  expect(after.version).toBeGreaterThan(before.version + 1);
  await snap(page, '04-saved-after-reload');
});
