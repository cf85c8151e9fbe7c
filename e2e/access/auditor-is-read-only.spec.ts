import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/auth';
import { captureServerAction, replayServerAction } from '../fixtures/server-action';

test('the auditor sees the granted procedure with conditions, recommendations and quality profile', async ({ page }) => {
  await signIn(page, 'auditor');
  await page.goto('/procedures');
  await page.getByRole('link', { name: 'FIBAA 23/016' }).click();
  await expect(page.getByRole('heading', { name: 'FIBAA 23/016: Initial Certification' })).toBeVisible();
  await expect(page.getByTestId('condition')).toHaveCount(5);
  await expect(page.getByTestId('timeline')).toContainText('Conditions 1, 2, 4, 5: fulfilled');
  await expect(page.getByTestId('quality-profile').getByRole('row')).toHaveCount(42);
});

test('the auditor has no edit controls and the edit page refuses', async ({ page }) => {
  await signIn(page, 'auditor');
  await page.goto('/certificates/ibm-data-science');
  await expect(page.getByRole('heading', { name: 'IBM Data Science Professional Certificate' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit definition' })).toHaveCount(0);
  await page.goto('/certificates/ibm-data-science/edit');
  await expect(page.getByRole('alert').filter({ hasText: 'Only quality managers' })).toContainText('Only quality managers can change certificate definitions');
  await expect(page.getByRole('button', { name: 'Save definition' })).toHaveCount(0);
});

test("the auditor's forged server action is refused and nothing changes", async ({ browser }) => {
  const qualityContext = await browser.newContext();
  const qualityPage = await qualityContext.newPage();
  await signIn(qualityPage, 'quality');
  await qualityPage.goto('/certificates/ibm-data-science/edit');
  const action = await captureServerAction(qualityPage, () => qualityPage.getByRole('button', { name: 'Save definition' }).click());

  const auditorContext = await browser.newContext();
  const auditorPage = await auditorContext.newPage();
  await signIn(auditorPage, 'auditor');
  const answer = await replayServerAction(auditorPage, action, action.body.replace(/"statedCredits":\d+(\.\d+)?/, '"statedCredits":42'));
  expect(answer).toContain('Only quality managers can change certificate definitions');
  await auditorPage.goto('/certificates/ibm-data-science');
  await expect(auditorPage.getByTestId('ledger-stated-credits')).toHaveText('6.0');
  await qualityContext.close();
  await auditorContext.close();
});

test('the Northwind partner does not see the FIBAA 23/016 procedure at all, only its own', async ({ page }) => {
  await signIn(page, 'northwind');
  await page.goto('/procedures');
  await expect(page.getByRole('heading', { name: '1 procedure in your scope' })).toBeVisible();
  await expect(page.getByRole('link', { name: /26\/901/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /23\/016/ })).toHaveCount(0);
});
