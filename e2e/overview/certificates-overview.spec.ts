import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/auth';

test('the overview shows key figures with n and a worded traffic light for every certificate in scope', async ({ page }) => {
  await signIn(page, 'ibm');
  const table = page.getByTestId('key-figures');
  // The six IBM certificates (an earlier journey may have imported one more IBM certificate); never Northwind's.
  for (const name of [
    'IBM Data Science',
    'IBM Data Engineering',
    'IBM Data Analyst Professional',
    'IBM Data Analytics with Excel and R',
    'IBM Cybersecurity Analyst',
    'IBM Full Stack Software Developer',
  ]) {
    await expect(table).toContainText(name);
  }
  await expect(table).not.toContainText('Northwind');
  const row = table.getByRole('row', { name: /IBM Data Science Professional Certificate/ });
  await expect(row).toContainText('n = ');
  await expect(row).toContainText(/on target|watch|below target|no data/);
  await expect(page.getByTestId('deadlines')).toContainText('No open conditions.');
  await row.getByRole('link').click();
  await expect(page).toHaveURL(/\/certificates\/ibm-data-science\/dashboard$/);
});

test("the Northwind partner's overview holds only its own certificate, without data", async ({ page }) => {
  await signIn(page, 'northwind');
  const table = page.getByTestId('key-figures');
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('Northwind Learning Analytics Certificate');
  await expect(table).toContainText('no data');
});
