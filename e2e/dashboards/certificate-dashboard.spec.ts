import { expect, test } from '@playwright/test';
import { signIn, type TAccount } from '../fixtures/auth';

type TCourse = {
  courseId: string;
  enrolled: number | null;
  completers: number | null;
  timeToCompletionDays: { median: number | null; suppressed: string | null };
};
type TMetrics = { certificate: { slug: string }; certificateEnrolled: number | null; certificateCompleters: number | null; courses: TCourse[] };

for (const account of ['quality', 'ibm', 'auditor'] as TAccount[]) {
  test(`the dashboard renders for ${account} and its figures match the JSON API`, async ({ page }) => {
    await signIn(page, account);
    const response = await page.request.get('/api/v1/certificates/ibm-data-science/metrics');
    expect(response.status()).toBe(200);
    const metrics = (await response.json()) as TMetrics;
    expect(metrics.certificate.slug).toBe('ibm-data-science');
    expect(metrics.courses).toHaveLength(10);

    await page.goto('/certificates/ibm-data-science');
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await expect(page.getByRole('heading', { name: 'Dashboard: IBM Data Science Professional Certificate' })).toBeVisible();
    await expect(page.getByTestId('certificate-enrolled')).toHaveText((metrics.certificateEnrolled ?? 0).toLocaleString('en-GB'));
    for (const course of metrics.courses) {
      const row = page.locator(`[data-course-id="${course.courseId}"]`);
      await expect(row.locator('[data-field="enrolled"]')).toHaveText(course.enrolled === null ? 'withheld' : course.enrolled.toLocaleString('en-GB'));
      await expect(row.locator('[data-field="completers"]')).toHaveText(course.completers === null ? 'withheld' : course.completers.toLocaleString('en-GB'));
    }
    await expect(page.getByTestId('provenance')).toContainText('demo-export-600.zip');
  });
}

test('figures from fewer than k learners are withheld with the reason, on the page and in the API', async ({ page }) => {
  await signIn(page, 'quality');
  const metrics = (await (await page.request.get('/api/v1/certificates/ibm-data-science/metrics')).json()) as TMetrics;
  const withheld = metrics.courses.find((course) => course.timeToCompletionDays.suppressed !== null);
  expect(withheld, 'the 600-learner demo has a course with fewer than 5 completers').toBeDefined();
  expect(withheld?.timeToCompletionDays.median).toBeNull();
  expect(withheld?.timeToCompletionDays.suppressed).toMatch(/fewer than 5 completers \(n = \d\)|no data/);
  await page.goto('/certificates/ibm-data-science/dashboard');
  await expect(page.locator(`[data-course-id="${withheld?.courseId}"]`)).toContainText('withheld (');
});

test("another partner gets 404 for the dashboard and the JSON of IBM's certificate", async ({ page }) => {
  await signIn(page, 'northwind');
  expect((await page.request.get('/api/v1/certificates/ibm-data-science/metrics')).status()).toBe(404);
  expect((await page.goto('/certificates/ibm-data-science/dashboard'))?.status()).toBe(404);
});

test('the JSON API needs a session', async ({ request }) => {
  expect((await request.get('/api/v1/certificates/ibm-data-science/metrics')).status()).toBe(401);
});

test('learner comments: a quality manager releases one, and only then does the partner see it, as text', async ({ browser }) => {
  const qualityContext = await browser.newContext();
  const qualityPage = await qualityContext.newPage();
  await signIn(qualityPage, 'quality');
  await qualityPage.goto('/certificates/ibm-data-science/dashboard');
  const first = qualityPage.getByTestId('comments').locator('li').first();
  const key = await first.getAttribute('data-comment-key');
  const text = (await first.locator('p').textContent()) ?? '';
  expect(text.length).toBeGreaterThan(0);

  const partnerContext = await browser.newContext();
  const partnerPage = await partnerContext.newPage();
  await signIn(partnerPage, 'ibm');
  await partnerPage.goto('/certificates/ibm-data-science/dashboard');
  await expect(partnerPage.locator(`[data-comment-key="${key}"]`)).toHaveCount(0);
  await expect(partnerPage.getByRole('button', { name: 'Release' })).toHaveCount(0);

  await first.getByRole('button', { name: 'Release' }).click();
  await expect(first).toContainText('released');
  await partnerPage.reload();
  const released = partnerPage.locator(`[data-comment-key="${key}"]`);
  await expect(released.locator('p')).toHaveText(text);
  // Markup in a comment is shown, not interpreted.
  await expect(released.locator('p b, p script')).toHaveCount(0);
  await qualityContext.close();
  await partnerContext.close();
});
