import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/auth';

test.beforeEach(async ({ page }) => {
  await signIn(page, 'ibm');
});

test('Full Stack: 141 h for 6 credits is flagged below the band and off the floor rule', async ({ page }) => {
  await page.goto('/certificates/ibm-full-stack-cloud-developer');
  await expect(page.getByTestId('ledger-total-hours')).toHaveText('141 h');
  await expect(page.getByTestId('ledger-exact-credits')).toHaveText('5.64');
  await expect(page.getByTestId('ledger-implied-hours')).toHaveText('23.5');
  const flags = page.getByTestId('ects-flags');
  await expect(flags).toContainText('23.5 h per credit is below the 25 h minimum');
  await expect(flags).toContainText('Stated 6.0 credits, the rounding rule (floor) gives 5');
});

test('Cybersecurity: 128 h for 4 credits is flagged above the band', async ({ page }) => {
  await page.goto('/certificates/ibm-cybersecurity-analyst');
  await expect(page.getByTestId('ects-flags')).toContainText('32.0 h per credit is above the 30 h maximum');
});

test('Data Science: 165 h for 6 credits (27.5 h per credit) raises no flag', async ({ page }) => {
  await page.goto('/certificates/ibm-data-science');
  await expect(page.getByTestId('ledger-implied-hours')).toHaveText('27.5');
  await expect(page.getByText('No flags: the stated figures agree with the rules')).toBeVisible();
  await expect(page.getByTestId('weekly-feasibility')).toContainText('16.5 weeks');
});

test('a course stated with different hours elsewhere is marked', async ({ page }) => {
  await page.goto('/certificates/ibm-full-stack-cloud-developer');
  await expect(page.getByText('Stated differently elsewhere: 21 h in IBM Data Analyst Professional Certificate')).toBeVisible();
});

test('the list shows the ledger for every certificate', async ({ page }) => {
  await page.goto('/certificates');
  const row = page.getByTestId('certificate-definitions').getByRole('row', { name: /IBM Full Stack Software Developer/ });
  await expect(row).toContainText('141 h');
  await expect(row).toContainText('2 flags');
});
