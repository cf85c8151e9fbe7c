// The journey of a new installation (CERTQA_DEMO=off: migrations only, no user): the login page
// sends the first visitor to /setup, which creates the platform organisation and its administrator;
// the administrator adds a quality manager, who finds the empty states, imports a Coursera export
// and sees its figures. This project's server and database are its own and shared by these steps,
// so they run in order and depend on nothing but what they create.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { generateDemoExport } from '../../lib/demo/export/generate-demo-export';
import { expectNoSeriousViolations } from '../fixtures/axe';

test.describe.configure({ mode: 'serial' });

const ADMIN = { organisation: 'Coursera', name: 'Frieda First', email: 'frieda@platform.example', password: 'first run of a new installation' };
const QUALITY = { name: 'Quentin Quality', email: 'quentin@platform.example', password: 'quality manager of the new platform' };

async function signInAs(page: Page, user: { email: string; password: string; name: string }) {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('current-user')).toContainText(user.name);
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);
}

test('a new installation sends visitors from the login page to the setup, which passes axe', async ({ page }) => {
  await page.goto('/login');
  await expect(page).toHaveURL(/\/setup$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Set up CertQA' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'First administrator' })).toBeVisible();
  await expectNoSeriousViolations(page, 'setup');
  // The administrators' guide shows this page (npm run docs:screenshots).
  if (process.env.DOCS_SCREENSHOTS === '1') {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: join(__dirname, '..', '..', 'docs', 'screenshots', 'admin-setup.png') });
  }

  // The visitor may set it up in German; the choice is kept in a cookie of this browser only.
  await page.getByTestId('language-de').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1, name: 'CertQA einrichten' })).toBeVisible();
  await expectNoSeriousViolations(page, 'setup (de)');
  await page.getByTestId('language-en').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Set up CertQA' })).toBeVisible();
});

test('the setup refuses a bad password with a field error, then creates the administrator', async ({ page }) => {
  await page.goto('/setup');
  const form = page.getByRole('form', { name: 'First administrator' });
  await form.getByLabel('Organisation').fill(ADMIN.organisation);
  await form.getByLabel('Your name').fill(ADMIN.name);
  await form.getByLabel('E-mail').fill(ADMIN.email);
  await form.getByLabel('Password', { exact: true }).fill('password1234');
  await form.getByLabel('Password again').fill('password1234');
  await form.getByRole('button', { name: 'Create administrator' }).click();
  await expect(form.locator('#password-error')).toContainText('lists of frequently used passwords');
  await expect(form.getByLabel('Password', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/setup$/);

  // The two entries must agree; that is checked before anything is sent.
  await form.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await form.getByLabel('Password again').fill(`${ADMIN.password}!`);
  await form.getByRole('button', { name: 'Create administrator' }).click();
  await expect(form.locator('#repeatPassword-error')).toHaveText('The two passwords differ');

  await form.getByLabel('Password again').fill(ADMIN.password);
  await form.getByRole('button', { name: 'Create administrator' }).click();
  await expect(page).toHaveURL(/\/login\?setup=done$/);
  await expect(page.getByTestId('setup-done')).toHaveText('Administrator created — sign in');

  // From now on the setup is closed: the page sends visitors to the login page.
  await page.goto('/setup');
  await expect(page).toHaveURL(/\/login$/);
});

test('the administrator signs in and adds the content partner and a quality manager of the platform', async ({ page }) => {
  await signInAs(page, ADMIN);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByTestId('current-user')).toContainText(`${ADMIN.name} · Admin · ${ADMIN.organisation}`);

  // Certificates are made from an export's specializations for a content partner of the export's prefix (ibm).
  await page.goto('/admin/organisations');
  const organisationForm = page.getByRole('form', { name: 'New organisation' });
  await organisationForm.getByLabel('Name').fill('IBM');
  await organisationForm.getByLabel('Slug').fill('ibm');
  await organisationForm.getByLabel('Kind').selectOption('CONTENT_PARTNER');
  await organisationForm.getByRole('button', { name: 'Create organisation' }).click();
  await expect(organisationForm.getByRole('status')).toContainText('Created ibm.');

  await page.goto('/admin/users');
  const userForm = page.getByRole('form', { name: 'New user' });
  await userForm.getByLabel('Name').fill(QUALITY.name);
  await userForm.getByLabel('E-mail').fill(QUALITY.email);
  await userForm.getByLabel('Role').selectOption('QUALITY_MANAGER');
  await userForm.getByLabel('Organisation').selectOption('coursera');
  await userForm.getByLabel('Initial password').fill(QUALITY.password);
  await userForm.getByRole('button', { name: 'Create user' }).click();
  await expect(userForm.getByRole('status')).toContainText(`Created ${QUALITY.email}`);
  await signOut(page);
});

test('the quality manager finds empty states that say what to do, imports an export and sees its figures', async ({ page }) => {
  const zip = join(mkdtempSync(join(tmpdir(), 'certqa-first-run-')), 'coursera-export.zip');
  await generateDemoExport({ learners: 600, seed: 7, out: zip });

  await signInAs(page, QUALITY);
  await expect(page).toHaveURL(/\/certificates$/);
  await expect(page.getByTestId('current-user')).toContainText(`${QUALITY.name} · Quality manager · ${ADMIN.organisation}`);
  await expect(page.getByRole('heading', { name: '0 certificates in your scope' })).toBeVisible();
  const empty = page.getByTestId('certificates-empty');
  await expect(empty).toBeVisible();
  const toImports = empty.locator('a[href="/imports"]');
  await expect(toImports).toBeVisible();
  await expectNoSeriousViolations(page, 'empty certificate list');

  await toImports.click();
  await expect(page).toHaveURL(/\/imports$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Imports' })).toBeVisible();
  await expect(page.locator('main')).toContainText('No export has been imported yet.');

  await page.getByLabel('Export file').setInputFiles(zip);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  // While it runs: the button is busy and the status says what is happening.
  await expect(page.getByRole('button', { name: 'Importing…' })).toBeDisabled();
  await expect(page.getByTestId('import-status')).toContainText(/Uploading…|Checking the export…|Loading |Phase: /);
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText(/Imported [\d,]+ rows from \d+ tables/, { timeout: 120_000 });
  await expect(summary).toContainText('certificates created: ibm-');
  await expect(page.getByTestId('import-history')).toContainText('coursera-export.zip');

  await page.getByRole('link', { name: 'Certificates' }).click();
  await expect(page.getByRole('heading', { name: /^[1-9]\d* certificates? in your scope$/ })).toBeVisible();
  const first = page.getByTestId('key-figures').locator('tbody a').first();
  const name = (await first.textContent())?.trim() ?? '';
  expect(name).not.toBe('');
  await first.click();
  await expect(page).toHaveURL(/\/certificates\/[^/]+\/dashboard$/);
  await expect(page.getByRole('heading', { name: `Dashboard: ${name}` })).toBeVisible();
  await expect(page.getByTestId('certificate-enrolled')).toHaveText(/^[1-9][\d,]*$/);
  await expect(page.getByTestId('provenance')).toContainText('coursera-export.zip');
});
