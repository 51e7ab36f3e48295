import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, memberAccounts, signIn, snap, users } from './helpers';

type ListItem = { id: string; name: string; industry: string | null; website: string | null };

test('a member sees only the accounts of their teams and cannot open another one', async ({
  page,
  playwright,
  baseURL,
}) => {
  // Beforehand, with the director's own session (not the member's browser): the id of an account
  // Jonas Becker is not on the team of.
  const director = await playwright.request.newContext({ baseURL });
  const signedIn = await director.post('/api/v1/auth/sign-in', {
    data: { email: users.director, password: DEMO_PASSWORD },
  });
  expect(signedIn.ok()).toBe(true);
  const found = await director.get('/api/v1/accounts', { params: { q: 'Meridian Health Partners' } });
  expect(found.ok()).toBe(true);
  const [other] = ((await found.json()) as { items: ListItem[] }).items;
  expect(other?.name).toBe('Meridian Health Partners');
  await director.dispose();
  const hidden = other!;

  await signIn(page, users.member);
  await expect(page.getByTestId('user-menu')).toContainText('Jonas Becker');
  const rows = page.getByTestId('account-row');
  await expect(rows).toHaveCount(3);
  for (const [i, name] of [...memberAccounts].sort().entries()) {
    await expect(rows.nth(i).getByRole('link', { name })).toBeVisible();
  }
  await expect(page.getByTestId('new-account')).toHaveCount(0);
  await snap(page, '05-member-accounts');

  await rows.getByRole('link', { name: 'Nordlicht Logistik' }).click();
  await expect(page).toHaveURL(/\/accounts\/[^/?]+$/);
  await expect(page.getByTestId('account-name')).toHaveText('Nordlicht Logistik');
  await expect(page.getByRole('tabpanel')).toContainText('Logistics');
  await expect(page.getByTestId('not-found')).toHaveCount(0);
  await snap(page, '05-member-own-account');

  const answer = page.waitForResponse(
    (res) => new URL(res.url()).pathname === `/api/v1/accounts/${hidden.id}`,
  );
  await page.goto(`/accounts/${hidden.id}`);
  const res = await answer;
  expect(res.status()).toBe(404);
  expect(await res.text()).not.toContain(hidden.name);
  const notFound = page.getByTestId('not-found');
  await expect(notFound).toBeVisible();
  await expect(notFound.getByRole('heading', { name: 'Not found' })).toBeVisible();
  await expect(notFound).toContainText('This page does not exist, or you may not see it.');
  const body = page.locator('body');
  await expect(body).not.toContainText('Meridian');
  await expect(body).not.toContainText(hidden.website ?? 'meridianhealthpartners');
  await expect(page.getByTestId('account-name')).toHaveCount(0);
  await expect(page.getByTestId('edit-account')).toHaveCount(0);
  await expect(page).not.toHaveTitle(/Meridian/);
  await snap(page, '05-member-other-account-not-found');

  await notFound.getByRole('link', { name: 'Go to accounts' }).click();
  await expect(page).toHaveURL(/\/accounts$/);
  await expect(rows).toHaveCount(3);
});
