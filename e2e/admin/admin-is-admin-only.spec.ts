// Administration is for administrators: other roles get a 404 for every page, and a server action
// captured from an administrator and replayed with their session is refused, changing nothing.
import { expect, test } from '@playwright/test';
import { signIn, type TAccount } from '../fixtures/auth';
import { captureServerAction, replayServerAction } from '../fixtures/server-action';
import { uniqueSuffix } from './admin-journeys';

const ADMIN_PAGES = ['/admin', '/admin/organisations', '/admin/users', '/admin/grants', '/admin/tokens'];

for (const account of ['quality', 'ibm', 'auditor'] as const satisfies readonly TAccount[]) {
  test(`the ${account} account gets not-found for every administration page`, async ({ page }) => {
    await signIn(page, account);
    for (const path of ADMIN_PAGES) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('navigation', { name: 'Administration' })).toHaveCount(0);
    }
  });
}

test('a quality manager replaying an administrator’s action is refused and nothing is created', async ({ browser }) => {
  const suffix = uniqueSuffix();
  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, 'admin');
  await adminPage.goto('/admin/organisations');
  const form = adminPage.getByRole('form', { name: 'New organisation' });
  await form.getByLabel('Name').fill(`Captured Agency ${suffix}`);
  await form.getByLabel('Slug').fill(`captured-${suffix}`);
  await form.getByLabel('Kind').selectOption('AGENCY');
  const action = await captureServerAction(adminPage, () => form.getByRole('button', { name: 'Create organisation' }).click());
  await expect(form.getByRole('status')).toHaveText(`Created captured-${suffix}.`);

  const qualityPage = await (await browser.newContext()).newPage();
  await signIn(qualityPage, 'quality');
  const answer = await replayServerAction(qualityPage, action, action.body.replaceAll(`captured-${suffix}`, `forged-${suffix}`));
  expect(answer).toContain('Only administrators manage organisations');

  await adminPage.reload();
  await expect(adminPage.getByTestId('organisation-row').filter({ hasText: `captured-${suffix}` })).toHaveCount(1);
  await expect(adminPage.getByTestId('organisation-row').filter({ hasText: `forged-${suffix}` })).toHaveCount(0);
  await qualityPage.context().close();
  await adminPage.context().close();
});

test('the administration forms explain refusals next to the field, and an administrator cannot lock themself out', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/admin/organisations');
  const form = page.getByRole('form', { name: 'New organisation' });
  await form.getByLabel('Name').fill('IBM again');
  await form.getByLabel('Slug').fill('ibm');
  await form.getByLabel('Kind').selectOption('CONTENT_PARTNER');
  await form.getByRole('button', { name: 'Create organisation' }).click();
  await expect(form.getByTestId('form-error')).toHaveText('Nothing was created.');
  await expect(form.getByLabel('Slug')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('This slug is already used by another organisation')).toBeVisible();

  await page.goto('/admin/users');
  await page.getByRole('link', { name: 'admin@certqa.demo', exact: true }).click();
  await expect(page.getByText('You cannot disable your own account; ask another administrator.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Disable account' })).toHaveCount(0);
  await expect(page.getByLabel('Role', { exact: true })).toBeDisabled();
});
