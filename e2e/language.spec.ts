import { expect, test } from '@playwright/test';
import { signIn, snap, users } from './helpers';

test('switching the language to Russian and back', async ({ page }) => {
  // The viewer, so that no other journey's user has its language changed.
  await signIn(page, users.viewer);
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link', { name: 'Accounts' })).toBeVisible();

  await page.getByRole('radiogroup', { name: 'Language' }).getByText('RU', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { name: 'Аккаунты', level: 2 })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Аккаунты' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Сотрудники' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Поиск' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Цель' })).toBeVisible();
  await expect(nav).not.toContainText('Accounts');
  await snap(page, '06-russian-accounts');

  // The choice is kept on the user: a reload stays in Russian.
  await nav.getByRole('link', { name: 'Сотрудники' }).click();
  await expect(page).toHaveURL(/\/people/);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Сотрудники', level: 2 })).toBeVisible();
  await page.getByTestId('user-menu').click();
  await expect(page.getByRole('menuitem', { name: 'Выйти' })).toBeVisible();
  await page.keyboard.press('Escape');
  await snap(page, '06-russian-people');

  await page.getByRole('radiogroup', { name: 'Язык' }).getByText('EN', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'People', level: 2 })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Accounts' })).toBeVisible();
  await expect(nav).not.toContainText('Аккаунты');
  await expect.poll(async () => (await (await page.request.get('/api/v1/auth/me')).json()).locale).toBe('en');
  await snap(page, '06-back-in-english');
});
