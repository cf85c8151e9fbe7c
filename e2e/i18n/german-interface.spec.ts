// A quality manager switches CertQA to German: the choice is saved on the user, so another browser
// signed in as the same user speaks German too; labels, numbers and dates follow, the page says
// lang="de", and the German pages pass the same axe check as the English ones. A visitor can switch
// the login page before signing in. The user is switched back to English at the end, because other
// spec files read the same demo accounts in English.
import { type Browser, expect, test } from '@playwright/test';
import deAccount from '../../messages/de/account.json';
import deAuth from '../../messages/de/auth.json';
import deNav from '../../messages/de/nav.json';
import deServer from '../../messages/de/server.json';
import { ACCOUNTS, DEMO_PASSWORD, signIn } from '../fixtures/auth';
import { expectNoSeriousViolations } from '../fixtures/axe';

const CERTIFICATE = 'ibm-data-science';

async function switchBackToEnglish(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/login');
  await page.locator('#email').fill(ACCOUNTS.quality.email);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await expect(page.getByTestId('current-user')).toBeVisible();
  await page.goto('/account');
  await page.getByTestId('language-en').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await context.close();
}

test.afterAll(async ({ browser }) => {
  await switchBackToEnglish(browser);
});

test('a quality manager works in German, and the choice follows the user to another browser', async ({ page, browser }) => {
  // Eleven pages, each with its axe check.
  test.slow();
  await signIn(page, 'quality');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.goto('/account');
  await page.getByTestId('language-de').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1, name: deAccount.title })).toBeVisible();
  await expect(page.getByTestId('language-de')).toHaveAttribute('aria-pressed', 'true');
  await expectNoSeriousViolations(page, 'account (de)');

  // The navigation is German.
  const nav = page.getByRole('navigation', { name: deNav.mainLabel });
  for (const label of [deNav.certificates, deNav.procedures, deNav.due, deNav.imports]) await expect(nav.getByRole('link', { name: label })).toBeVisible();

  // A refused form answers in German: the server translates the domain message and zod's own.
  await page.getByLabel(deAccount.tokens.days).fill('-3');
  await page.getByRole('button', { name: deAccount.tokens.create }).click();
  await expect(page.getByTestId('form-error')).toHaveText(deServer['Some fields are not valid; nothing was changed.']);

  // The certificate list and a dashboard: German words, German number formats (decimal comma).
  await page.goto('/certificates');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expectNoSeriousViolations(page, 'certificates (de)');
  await page.goto(`/certificates/${CERTIFICATE}/dashboard`);
  await expect(page.locator('main')).toContainText(/\d+,\d %/);
  await expectNoSeriousViolations(page, 'dashboard (de)');

  // Dates are German: "23. Nov. 2026" rather than "23 Nov 2026".
  await page.goto('/procedures');
  await expect(page.locator('main')).toContainText(/\d{1,2}\. [A-ZÄÖÜ][a-zäöü]{2,4}\.? \d{4}/);

  // The courses table exported from the German page has German column headers; the cells stay data.
  await page.goto(`/certificates/${CERTIFICATE}`);
  const csvHref = await page.getByTestId('export-certificate-courses').getByRole('link', { name: 'CSV' }).getAttribute('href');
  expect(csvHref).toContain('lang=de');
  const csv = await (await page.request.get(csvHref as string)).text();
  expect(csv.split('\r\n')[0]).toContain(`"${deServer.Course}","${deServer['Coursera course id']}","${deServer['Estimated hours']}"`);

  // The other pages of the quality manager's work pass the same accessibility check in German.
  for (const path of [`/certificates/${CERTIFICATE}`, `/certificates/${CERTIFICATE}/loops`, '/imports', '/due', '/notifications', '/procedures']) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expectNoSeriousViolations(page, `${path} (de)`);
  }
  await page.getByRole('link', { name: 'FIBAA 26/901 (fictional demo)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^FIBAA 26\/901/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'open procedure (de)');
  await page.getByTestId('checklist').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/checklist\//);
  await expectNoSeriousViolations(page, 'checklist item (de)');

  // A second browser, signed in as the same user, opens in German at once.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto('/login');
  await otherPage.locator('#email').fill(ACCOUNTS.quality.email);
  await otherPage.locator('#password').fill(DEMO_PASSWORD);
  await otherPage.locator('form button[type="submit"]').click();
  await expect(otherPage.getByTestId('current-user')).toBeVisible();
  await expect(otherPage.locator('html')).toHaveAttribute('lang', 'de');
  await other.close();

  await page.goto('/account');
  await page.getByTestId('language-en').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a visitor switches the login page to German before signing in', async ({ page }) => {
  await page.goto('/login');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByTestId('language-de').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1, name: deAuth.login.heading })).toBeVisible();
  await expect(page.getByLabel(deAuth.login.email)).toBeVisible();
  await expectNoSeriousViolations(page, 'login (de)');
});
