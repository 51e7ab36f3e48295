import { expect, test } from '@playwright/test';
import { signIn, snap, users } from './helpers';

test('find accounts by name and by objective; the URL keeps the filters', async ({ page }) => {
  await signIn(page, users.director);
  const rows = page.getByTestId('account-row');
  await expect(rows).toHaveCount(25);

  const search = page.getByRole('textbox', { name: 'Search' });
  await search.fill('Albion');
  await expect(page).toHaveURL(/[?&]q=Albion(&|$)/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByRole('link', { name: 'Albion Mutual Insurance' })).toBeVisible();
  await snap(page, '02-search-albion');

  await search.clear();
  await expect(page).not.toHaveURL(/[?&]q=/);
  await expect(rows).toHaveCount(25);

  await page.getByRole('combobox', { name: 'Objective' }).click();
  await page.getByRole('option', { name: 'Image', exact: true }).click();
  await expect(page).toHaveURL(/[?&]objective=image(&|$)/);

  /** Every visible row is an Image account (the objective is the table's second column). */
  const expectOnlyImage = async () => {
    await expect(page.getByTestId('accounts-table')).toContainText('Wildways Conservation Trust');
    await expect(rows).toHaveCount(8); // the demo's Image accounts that are not archived
    for (const row of await rows.all()) {
      await expect(row.getByRole('cell').nth(1)).toHaveText('Image');
    }
    await expect(page.getByTestId('accounts-table')).not.toContainText('Albion Mutual Insurance');
  };
  await expectOnlyImage();
  await snap(page, '02-filter-image');

  await page.reload();
  await expect(page).toHaveURL(/[?&]objective=image(&|$)/);
  await expect(page.getByRole('combobox', { name: 'Objective' })).toHaveValue('Image');
  await expectOnlyImage();
  await snap(page, '02-filter-image-after-reload');
});
