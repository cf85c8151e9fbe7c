// Runs axe (WCAG 2.0/2.1, levels A and AA) on every page a user reaches, signed in as the role
// that reaches it, and fails on any violation of impact "serious" or "critical". Collapsed
// <details> (data tables, forms) are opened first, so what they hide is checked too.
// The pages are only read; nothing here changes the demo other spec files rely on.
import { expect, type Page, test } from '@playwright/test';
import { signIn, type TAccount } from '../fixtures/auth';
import { expectNoSeriousViolations } from '../fixtures/axe';

const CERTIFICATE = 'ibm-data-science';
const FIBAA_PROCEDURE = 'FIBAA 23/016';
const OPEN_PROCEDURE = 'FIBAA 26/901 (fictional demo)';

/** Goes to a path, expects it to answer 200 and checks it. */
async function checkPath(page: Page, path: string, label = path) {
  await test.step(label, async () => {
    const response = await page.goto(path);
    expect(response?.status(), `${path} should answer 200`).toBe(200);
    await expectNoSeriousViolations(page, label);
  });
}

/** The id path of a procedure, taken from the link on the procedures list. */
async function findProcedurePath(page: Page, name: string): Promise<string> {
  await page.goto('/procedures');
  const href = await page.getByRole('link', { name }).getAttribute('href');
  if (!href) throw new Error(`no link to ${name} on /procedures`);
  return href;
}

/** The first checklist item's path, taken from a link on the procedure page. */
async function findChecklistItemPath(page: Page, procedurePath: string): Promise<string> {
  await page.goto(procedurePath);
  const href = await page.getByTestId('checklist').getByRole('link').first().getAttribute('href');
  if (!href) throw new Error(`no checklist item link on ${procedurePath}`);
  return href;
}

test('the sign-in page has no serious accessibility violations', async ({ page }) => {
  await checkPath(page, '/login');
});

test('the quality manager’s certificate pages have no serious accessibility violations', async ({ page }) => {
  test.slow();
  await signIn(page, 'quality');
  for (const path of [
    '/certificates',
    `/certificates/${CERTIFICATE}`,
    `/certificates/${CERTIFICATE}/dashboard`,
    `/certificates/${CERTIFICATE}/edit`,
    `/certificates/${CERTIFICATE}/loops`,
    '/imports',
  ]) {
    await checkPath(page, path);
  }
});

test('the quality manager’s procedure pages have no serious accessibility violations', async ({ page }) => {
  test.slow();
  await signIn(page, 'quality');
  for (const path of ['/procedures', '/procedures/new', '/due', '/notifications', '/account']) {
    await checkPath(page, path);
  }
  for (const name of [FIBAA_PROCEDURE, OPEN_PROCEDURE]) {
    const procedurePath = await findProcedurePath(page, name);
    await checkPath(page, procedurePath, `procedure ${name}`);
    await checkPath(page, `${procedurePath}/audit`, `audit trail of ${name}`);
    await checkPath(page, await findChecklistItemPath(page, procedurePath), `a checklist item of ${name}`);
  }
});

for (const account of ['ibm', 'auditor'] as const satisfies readonly TAccount[]) {
  test(`the pages ${account === 'ibm' ? 'a content partner' : 'an auditor'} reaches have no serious accessibility violations`, async ({ page }) => {
    test.slow();
    await signIn(page, account);
    for (const path of [
      '/certificates',
      `/certificates/${CERTIFICATE}`,
      `/certificates/${CERTIFICATE}/dashboard`,
      `/certificates/${CERTIFICATE}/loops`,
      '/procedures',
      '/due',
      '/notifications',
      '/account',
    ]) {
      await checkPath(page, path);
    }
    const procedurePath = await findProcedurePath(page, FIBAA_PROCEDURE);
    await checkPath(page, procedurePath, `procedure ${FIBAA_PROCEDURE}`);
    await checkPath(page, await findChecklistItemPath(page, procedurePath), `a checklist item of ${FIBAA_PROCEDURE}`);
    if (account === 'auditor') {
      await checkPath(page, `${procedurePath}/audit`, `audit trail of ${FIBAA_PROCEDURE}`);
      // The demo grants the auditor the open procedure too.
      const openPath = await findProcedurePath(page, OPEN_PROCEDURE);
      await checkPath(page, openPath, `procedure ${OPEN_PROCEDURE}`);
      await checkPath(page, await findChecklistItemPath(page, openPath), `a checklist item of ${OPEN_PROCEDURE}`);
    }
  });
}

test('the Northwind partner’s pages, with open checklist items to work on, have no serious accessibility violations', async ({ page }) => {
  await signIn(page, 'northwind');
  await checkPath(page, '/certificates');
  const procedurePath = await findProcedurePath(page, OPEN_PROCEDURE);
  await checkPath(page, procedurePath, `procedure ${OPEN_PROCEDURE}`);
  await checkPath(page, await findChecklistItemPath(page, procedurePath), `a checklist item of ${OPEN_PROCEDURE} (with the evidence forms)`);
});

test('the administration pages have no serious accessibility violations', async ({ page }) => {
  test.slow();
  await signIn(page, 'admin');
  for (const path of ['/admin', '/admin/organisations', '/admin/users', '/admin/grants', '/admin/tokens', '/account']) {
    await checkPath(page, path);
  }
  await page.goto('/admin/users');
  const userHref = await page.getByRole('link', { name: 'quality@coursera.demo' }).first().getAttribute('href');
  if (!userHref) throw new Error('no link to the quality manager on /admin/users');
  await checkPath(page, userHref, 'a user on /admin/users/<id>');
});
