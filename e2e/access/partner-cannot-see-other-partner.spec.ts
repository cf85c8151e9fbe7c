import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/auth';
import { captureServerAction, replayServerAction } from '../fixtures/server-action';

test("Northwind's partner cannot reach an IBM certificate through the list or its URL", async ({ page }) => {
  await signIn(page, 'northwind');
  await expect(page.getByRole('link', { name: /IBM/ })).toHaveCount(0);
  const response = await page.goto('/certificates/ibm-data-science');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  await expect(page.getByText('IBM Data Science Professional Certificate')).toHaveCount(0);
  expect((await page.goto('/certificates/ibm-data-science/edit'))?.status()).toBe(404);
});

test("IBM's partner cannot reach Northwind's certificate or the procedure list of others", async ({ page }) => {
  await signIn(page, 'ibm');
  expect((await page.goto('/certificates/northwind-learning-analytics'))?.status()).toBe(404);
  await page.goto('/procedures');
  await expect(page.getByRole('link', { name: 'FIBAA 23/016' })).toBeVisible();
});

test('a forged server action from another partner changes nothing and reveals nothing', async ({ browser }) => {
  // A quality manager's legitimate save, captured: the action id and the exact request body.
  const qualityContext = await browser.newContext();
  const qualityPage = await qualityContext.newPage();
  await signIn(qualityPage, 'quality');
  await qualityPage.goto('/certificates/ibm-data-engineer/edit');
  const action = await captureServerAction(qualityPage, () => qualityPage.getByRole('button', { name: 'Save definition' }).click());
  await expect(qualityPage).toHaveURL(/\/certificates\/ibm-data-engineer$/);

  // The same request, altered to set 99 credits, sent with the Northwind partner's session.
  const partnerContext = await browser.newContext();
  const partnerPage = await partnerContext.newPage();
  await signIn(partnerPage, 'northwind');
  const forgedBody = action.body.replace(/"statedCredits":\d+(\.\d+)?/, '"statedCredits":99');
  expect(forgedBody).toContain('"statedCredits":99');
  const answer = await replayServerAction(partnerPage, action, forgedBody);
  expect(answer).toContain('Certificate not found');
  expect(answer).not.toContain('IBM Data Engineering');

  await qualityPage.goto('/certificates/ibm-data-engineer');
  await expect(qualityPage.getByTestId('ledger-stated-credits')).toHaveText('8.0');
  await qualityContext.close();
  await partnerContext.close();
});
