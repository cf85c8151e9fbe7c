// The auditor's export of FIBAA 23/016 over the web: the download button where the procedure page
// has it, and the API route with the auditor's session; a partner of another organisation gets a
// 404 for the same request, and an anonymous one a 401.
import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/auth';

const PDF_URL = '/api/v1/evidence-report?procedure=23%2F016&format=pdf';
const ZIP_URL = '/api/v1/evidence-report?procedure=23%2F016&format=zip';

test('an auditor downloads the evidence report as a PDF with the manifest hash, and the bundle as a ZIP', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, 'auditor');
  // page.request carries the signed-in session cookie.
  const pdf = await page.request.get(PDF_URL, { timeout: 120_000 });
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect(pdf.headers()['content-disposition']).toBe('attachment; filename="evidence-report-fibaa-23-016.pdf"');
  expect(pdf.headers()['x-manifest-sha256']).toMatch(/^[0-9a-f]{64}$/);
  const body = await pdf.body();
  expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(body.toString('latin1')).toContain('/FontFile2');

  const zip = await page.request.get(ZIP_URL, { timeout: 120_000 });
  expect(zip.status()).toBe(200);
  expect(zip.headers()['content-type']).toBe('application/zip');
  expect((await zip.body()).subarray(0, 2).toString('latin1')).toBe('PK');
  // Same stored inputs, same manifest.
  expect(zip.headers()['x-manifest-sha256']).toBe(pdf.headers()['x-manifest-sha256']);
});

test('the download button on the procedure page saves the PDF', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, 'auditor');
  await page.goto('/procedures');
  await page
    .getByRole('link', { name: /23\/016/ })
    .first()
    .click();
  const button = page.getByTestId('evidence-report-download').getByRole('link', { name: 'Evidence report (PDF)' });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), button.click()]);
  expect(download.suggestedFilename()).toBe('evidence-report-fibaa-23-016.pdf');
});

test('a content partner of another organisation gets a 404, an anonymous caller a 401', async ({ page, request }) => {
  expect((await request.get(PDF_URL)).status()).toBe(401);
  await signIn(page, 'northwind');
  for (const url of [PDF_URL, ZIP_URL, '/api/v1/evidence-report?certificate=ibm-data-science']) {
    const response = await page.request.get(url);
    expect(response.status(), url).toBe(404);
    expect(response.headers()['content-type']).toContain('application/json');
  }
});
