import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, snap, submitSignIn, users } from './helpers';

test('the director signs in (after a wrong password) and signs out again', async ({ page }) => {
  await page.goto('/accounts');
  // Not signed in: the app sends you to the sign-in page, remembering where you were going.
  await expect(page).toHaveURL(/\/sign-in\?redirect=%2Faccounts/);
  await expect(page.getByRole('heading', { name: 'Sign in to Vested' })).toBeVisible();

  await submitSignIn(page, users.director, 'not-the-password');
  const error = page.getByTestId('sign-in-error');
  await expect(error).toHaveText('The email or password is not right.');
  await expect(error).toHaveAttribute('role', 'alert');
  await expect(page).toHaveURL(/\/sign-in/);
  await snap(page, '01-sign-in-wrong-password');

  await submitSignIn(page, users.director, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/accounts$/);
  await expect(page.getByRole('heading', { name: 'Accounts', level: 2 })).toBeVisible();
  await expect(page.getByTestId('account-row').first()).toBeVisible();
  await expect(page.getByTestId('account-row')).toHaveCount(25); // a full first page of the 40 demo accounts
  await expect(page.getByTestId('user-menu')).toContainText('Katherine Reid');
  await snap(page, '01-accounts-after-sign-in');

  await page.getByTestId('user-menu').click();
  await expect(page.getByRole('menu')).toContainText('director@vested.demo');
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { name: 'Sign in to Vested' })).toBeVisible();
  await expect(page.getByTestId('sign-in-error')).toHaveCount(0);
  await snap(page, '01-signed-out');

  // The session is gone on the server too, not only in the page.
  expect((await page.request.get('/api/v1/auth/me')).status()).toBe(401);
  await page.goto('/accounts');
  await expect(page).toHaveURL(/\/sign-in\?redirect=%2Faccounts/);
  await expect(page.getByRole('heading', { name: 'Sign in to Vested' })).toBeVisible();
  await expect(page.getByTestId('account-row')).toHaveCount(0);
});
