// The screenshots of the user guides (docs/guide-*.md): docs/screenshots/<role>-<page>.png at
// 1280×800, taken from the seeded demo. Not part of the test suite: it runs only with
// DOCS_SCREENSHOTS=1, as `npm run docs:screenshots` does. The pages are only read.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { signIn } from '../fixtures/auth';

test.skip(
  process.env.DOCS_SCREENSHOTS !== '1',
  'Writes the user guides’ screenshots into docs/screenshots; runs only with DOCS_SCREENSHOTS=1 (npm run docs:screenshots).',
);
test.use({ viewport: { width: 1280, height: 800 } });

const SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');
const CERTIFICATE = 'ibm-data-science';
const FIBAA_PROCEDURE = 'FIBAA 23/016';
const OPEN_PROCEDURE = 'FIBAA 26/901 (fictional demo)';

type TRole = 'quality-manager' | 'content-partner' | 'auditor' | 'admin';

/**
 * Waits until the page has settled (charts drawn, their entry animation over), scrolls `section`
 * near the top when given, and saves the viewport as docs/screenshots/<role>-<name>.png.
 */
async function shoot(page: Page, role: TRole, name: string, section?: Locator) {
  await page.waitForLoadState('networkidle');
  if ((await page.locator('figure').count()) > 0) {
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    // Recharts animates bars for about a second after drawing.
    await page.waitForTimeout(1_500);
  }
  if (section) {
    // The section's heading near the top, with its card's frame still in view.
    await section.evaluate((element) => {
      element.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -32);
    });
  }
  // No hover state (chart tooltips, highlighted rows) in the picture.
  await page.mouse.move(0, 0);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${role}-${name}.png`), animations: 'disabled' });
}

async function openProcedure(page: Page, name: string) {
  await page.goto('/procedures');
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`) })).toBeVisible();
}

async function openFirstChecklistItem(page: Page) {
  await page.getByTestId('checklist').getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Checklist item' })).toBeVisible();
}

async function openAuditTrail(page: Page) {
  await page.getByRole('link', { name: 'Audit trail of this procedure' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeVisible();
}

test('quality manager', async ({ page }) => {
  test.slow();
  await page.goto('/login');
  await shoot(page, 'quality-manager', 'sign-in');
  await signIn(page, 'quality');
  await shoot(page, 'quality-manager', 'certificates');
  await page.goto(`/certificates/${CERTIFICATE}`);
  await shoot(page, 'quality-manager', 'certificate');
  await page.goto(`/certificates/${CERTIFICATE}/edit`);
  await shoot(page, 'quality-manager', 'edit-definition');
  await page.goto(`/certificates/${CERTIFICATE}/dashboard`);
  await shoot(page, 'quality-manager', 'dashboard');
  await page.getByTestId('funnel-table').locator('xpath=..').locator('summary').click();
  await shoot(page, 'quality-manager', 'dashboard-funnel', page.getByRole('heading', { name: 'Completion and funnel' }));
  await shoot(page, 'quality-manager', 'dashboard-comments', page.getByRole('heading', { name: 'Learner comments' }));
  await page.goto(`/certificates/${CERTIFICATE}/loops`);
  await shoot(page, 'quality-manager', 'control-loops');
  await page.goto('/imports');
  await shoot(page, 'quality-manager', 'imports');
  await page.goto('/procedures/new');
  await shoot(page, 'quality-manager', 'new-procedure');
  await openProcedure(page, FIBAA_PROCEDURE);
  await shoot(page, 'quality-manager', 'procedure');
  await openAuditTrail(page);
  await shoot(page, 'quality-manager', 'audit-trail');
  // The fictional procedure is still open: its conditions and items have their forms.
  await openProcedure(page, OPEN_PROCEDURE);
  await shoot(page, 'quality-manager', 'procedure-conditions', page.getByRole('heading', { name: 'Conditions', exact: true }));
  await openFirstChecklistItem(page);
  await shoot(page, 'quality-manager', 'checklist-item');
  await page.goto('/due');
  await shoot(page, 'quality-manager', 'due');
  await page.goto('/notifications');
  await shoot(page, 'quality-manager', 'notifications');
  await page.goto('/account');
  await shoot(page, 'quality-manager', 'account');
  // The same dashboard in German, then back to English for the demo's other readers.
  await page.getByTestId('language-de').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.goto(`/certificates/${CERTIFICATE}/dashboard`);
  await shoot(page, 'quality-manager', 'dashboard-de');
  await page.goto('/account');
  await page.getByTestId('language-en').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('content partner', async ({ page, browser }) => {
  // IBM's partner sees figures; the decided FIBAA 23/016 is read-only for it.
  await signIn(page, 'ibm');
  await shoot(page, 'content-partner', 'certificates');
  await page.goto(`/certificates/${CERTIFICATE}/dashboard`);
  await shoot(page, 'content-partner', 'dashboard');
  await openProcedure(page, FIBAA_PROCEDURE);
  await shoot(page, 'content-partner', 'procedure');
  // Northwind's partner has open checklist items to work on in the fictional procedure.
  const northwind = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await signIn(northwind, 'northwind');
  await openProcedure(northwind, OPEN_PROCEDURE);
  await shoot(northwind, 'content-partner', 'procedure-conditions', northwind.getByRole('heading', { name: 'Conditions', exact: true }));
  await openFirstChecklistItem(northwind);
  await shoot(northwind, 'content-partner', 'checklist-item');
  await shoot(northwind, 'content-partner', 'add-evidence', northwind.getByRole('heading', { name: 'Add evidence' }));
  await northwind.goto('/due');
  await shoot(northwind, 'content-partner', 'due');
  await northwind.context().close();
});

test('auditor', async ({ page }) => {
  await signIn(page, 'auditor');
  await shoot(page, 'auditor', 'certificates');
  await page.goto('/procedures');
  await shoot(page, 'auditor', 'procedures');
  await openProcedure(page, FIBAA_PROCEDURE);
  await shoot(page, 'auditor', 'procedure');
  await openAuditTrail(page);
  await shoot(page, 'auditor', 'audit-trail');
  await openProcedure(page, FIBAA_PROCEDURE);
  await openFirstChecklistItem(page);
  await shoot(page, 'auditor', 'checklist-item');
  await page.goto(`/certificates/${CERTIFICATE}/dashboard`);
  await shoot(page, 'auditor', 'dashboard');
});

test('admin', async ({ page }) => {
  await signIn(page, 'admin');
  await shoot(page, 'admin', 'overview');
  await page.goto('/admin/users');
  await shoot(page, 'admin', 'users');
  await page.getByRole('link', { name: 'partner@ibm.demo' }).click();
  await expect(page.getByRole('heading', { name: 'Role and organisation' })).toBeVisible();
  await shoot(page, 'admin', 'user');
  await page.goto('/admin/organisations');
  await shoot(page, 'admin', 'organisations');
  await page.goto('/admin/grants');
  await shoot(page, 'admin', 'grants');
  await page.goto('/admin/tokens');
  await shoot(page, 'admin', 'tokens');
});
