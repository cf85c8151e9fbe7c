import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/auth';

// These tests edit only the (fictional) Northwind certificate, so other specs see the FIBAA facts unchanged.
const EDIT_URL = '/certificates/northwind-learning-analytics/edit';

test.beforeEach(async ({ page }) => {
  await signIn(page, 'quality');
});

test('negative hours are refused on that field and nothing changes', async ({ page }) => {
  await page.goto(EDIT_URL);
  await page.locator('#courses\\.1\\.estimatedHours').fill('-5');
  await page.getByRole('button', { name: 'Save definition' }).click();
  await expect(page.getByTestId('form-error')).toContainText('nothing was changed');
  await expect(page.locator('#courses\\.1\\.estimatedHours-error')).toHaveText('Estimated hours must be more than 0');
  await page.goto('/certificates/northwind-learning-analytics');
  await expect(page.getByTestId('total-hours')).toHaveText('100 h');
});

test('a duplicate course order is refused on the second row', async ({ page }) => {
  await page.goto(EDIT_URL);
  await page.locator('#courses\\.2\\.position').fill('1');
  await page.getByRole('button', { name: 'Save definition' }).click();
  await expect(page.locator('#courses\\.2\\.position-error')).toHaveText('Order 1 is used twice');
});

test('an EQF level outside 1–8 is refused', async ({ page }) => {
  await page.goto(EDIT_URL);
  await page.getByLabel('EQF level').fill('12');
  await page.getByRole('button', { name: 'Save definition' }).click();
  await expect(page.locator('#eqfLevel-error')).toHaveText('EQF levels run from 1 to 8');
});

test('a quality manager reorders, changes hours and adds a course; the ledger follows', async ({ page }) => {
  await page.goto(EDIT_URL);
  await page.getByRole('button', { name: 'Move course 3 up' }).click();
  await page.locator('#courses\\.0\\.estimatedHours').fill('35');
  await page.getByRole('button', { name: 'Add course' }).click();
  await page.locator('#courses\\.3\\.newCourseName').fill('Capstone: Evaluating a Real Course');
  await page.locator('#courses\\.3\\.estimatedHours').fill('25');
  await page.getByRole('button', { name: 'Save definition' }).click();
  await expect(page).toHaveURL(/\/certificates\/northwind-learning-analytics$/);
  await expect(page.getByTestId('total-hours')).toHaveText('130 h');
  const rows = page.getByRole('row');
  await expect(rows.nth(2)).toContainText('Evaluating Online Courses');
  await expect(rows.nth(3)).toContainText('Learning Data Engineering');
  await expect(rows.nth(4)).toContainText('Capstone: Evaluating a Real Course');
  // 130 h for 4 stated credits = 32.5 h per credit: above the band.
  await expect(page.getByTestId('ects-flags')).toContainText('32.5 h per credit is above the 30 h maximum');
});

test('content partners get no edit button on their own certificate', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, 'northwind');
  await page.goto('/certificates/northwind-learning-analytics');
  await expect(page.getByRole('heading', { name: 'Northwind Learning Analytics Certificate' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit definition' })).toHaveCount(0);
  await context.close();
});
