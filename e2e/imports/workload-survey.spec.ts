import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/auth';

test('a quality manager imports a workload survey; a bad row is refused with line and column, a good file shows on the dashboard', async ({ page }) => {
  await signIn(page, 'quality');
  const metrics = (await (await page.request.get('/api/v1/certificates/ibm-data-science/metrics')).json()) as { courses: { courseId: string }[] };
  const courseId = metrics.courses[0]?.courseId as string;
  const header = 'course,course_user_id,reported_hours,comparison,submitted_at';
  const bad = join(tmpdir(), 'certqa-survey-bad.csv');
  writeFileSync(bad, `${header}\n${courseId},,4,higher,2024-03-01\n${courseId},,-2,higher,2024-03-01\n`);
  const good = join(tmpdir(), 'certqa-survey-good.csv');
  writeFileSync(
    good,
    `${header}\n${[4, 6, 7, 9, 12].map((hours, index) => `${courseId},,${hours},${index % 2 ? 'higher' : 'about right'},2024-03-0${index + 1}`).join('\n')}\n`,
  );

  await page.goto('/imports');
  await page.getByLabel('Wave').fill('Spring 2024 workload survey');
  await page.getByLabel('Survey CSV').setInputFiles(bad);
  await page.getByRole('button', { name: 'Import survey' }).click();
  await expect(page.getByTestId('survey-result')).toContainText('nothing was changed');
  await expect(page.getByTestId('survey-result')).toContainText('line 3, column reported_hours: cannot be negative');

  await page.getByLabel('Survey CSV').setInputFiles(good);
  await page.getByRole('button', { name: 'Import survey' }).click();
  await expect(page.getByTestId('survey-result')).toContainText('Imported 5 responses');

  await page.goto('/certificates/ibm-data-science/dashboard');
  await expect(page.getByTestId('workload').locator('[data-field="reportedHours"]').first()).toContainText(
    '7.0 h [6.0–9.0], n = 5; 40.0 % more than estimated',
  );
});
