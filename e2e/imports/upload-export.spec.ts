import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { COURSE_A, createMinimalExport, learner, writeExportZip } from '../../lib/testing/export-fixture';
import { signIn } from '../fixtures/auth';

test('a quality manager uploads an export, sees live progress and a summary, then the history', async ({ page }) => {
  const zip = await writeExportZip(createMinimalExport());
  await signIn(page, 'quality');
  await page.getByRole('link', { name: 'Imports' }).click();
  await page.getByLabel('Export file').setInputFiles(zip);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('Imported 31 rows from 12 tables');
  await expect(summary).toContainText('certificates created: data-analytics-pc');
  await expect(page.getByTestId('import-history')).toContainText('export.zip');

  // The certificate defined by the export's specialization is now listed, with bottom-up hours.
  await page.goto('/certificates/data-analytics-pc');
  await expect(page.getByTestId('total-hours')).toHaveText('8 h');
});

test('a broken export is refused with file, line, column and reason', async ({ page }) => {
  const tables = createMinimalExport();
  tables.course_memberships = `ibm_user_id,course_id,course_membership_role,course_membership_ts\n${learner(1)},${COURSE_A},LEARNER,2023-02-30 10:00:00\n`;
  const zip = await writeExportZip(tables);
  await signIn(page, 'quality');
  await page.goto('/imports');
  await page.getByLabel('Export file').setInputFiles(zip);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const error = page.getByTestId('import-error');
  await expect(error).toContainText('nothing was changed');
  await expect(error).toContainText('course_memberships.csv');
  await expect(error).toContainText('course_membership_ts');
  await expect(error).toContainText('2023-02 has 28 days');
});

test('content partners and auditors cannot reach the import page or the upload endpoint', async ({ page }) => {
  const zip = readFileSync(await writeExportZip(createMinimalExport()));
  for (const account of ['ibm', 'auditor'] as const) {
    await signIn(page, account);
    await expect(page.getByRole('link', { name: 'Imports' })).toHaveCount(0);
    expect((await page.goto('/imports'))?.status()).toBe(404);
    const response = await page.request.post('/api/imports', { data: zip, headers: { origin: new URL(page.url()).origin, 'x-file-name': 'x.zip' } });
    expect(response.status()).toBe(403);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login$/);
  }
});

test('a cross-site upload is refused even with a quality manager session', async ({ page }) => {
  await signIn(page, 'quality');
  const response = await page.request.post('/api/imports', { data: Buffer.from('PK'), headers: { origin: 'https://evil.example' } });
  expect(response.status()).toBe(403);
});
