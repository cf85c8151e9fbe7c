// CertQA on a tablet held upright (768 × 1024): for each role, its main pages fit the width. The
// page itself must not scroll sideways; a wide table may, inside its own container.
import { expect, type Page, test } from '@playwright/test';
import { signIn, type TAccount } from '../fixtures/auth';

const CERTIFICATE = 'ibm-data-science';
const FIBAA_PROCEDURE = 'FIBAA 23/016';

test.use({ viewport: { width: 768, height: 1024 } });

/** The widest content of the document against the window: more means the page scrolls sideways. */
async function expectNoHorizontalScroll(page: Page, path: string) {
  await test.step(path, async () => {
    const response = await page.goto(path);
    expect(response?.status(), `${path} should answer 200`).toBe(200);
    await page.waitForLoadState('networkidle');
    const { scrollWidth, innerWidth, culprits } = await page.evaluate(() => {
      const width = window.innerWidth;
      // For the failure message: the outermost elements that reach past the window's right edge.
      const wide = [...document.querySelectorAll<HTMLElement>('body *')].filter((element) => element.getBoundingClientRect().right > width + 0.5);
      const outermost = wide.filter((element) => !wide.some((other) => other !== element && other.contains(element)));
      return {
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: width,
        culprits: outermost
          .slice(0, 5)
          .map((element) => `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`),
      };
    });
    expect.soft(scrollWidth, `${path} scrolls sideways at ${innerWidth} px; too wide: ${culprits.join(', ') || 'unknown'}`).toBeLessThanOrEqual(innerWidth);
  });
}

/** The id path of a procedure, from its link on /procedures. */
async function findProcedurePath(page: Page, name: string): Promise<string> {
  await page.goto('/procedures');
  const href = await page.getByRole('link', { name }).first().getAttribute('href');
  if (!href) throw new Error(`no link to ${name} on /procedures`);
  return href;
}

/** The header keeps the user link inside the window, shortened if need be. */
async function expectHeaderFits(page: Page) {
  const user = page.getByTestId('current-user');
  await expect(user).toBeVisible();
  const box = await user.boundingBox();
  expect(box, 'the user link has a box').not.toBeNull();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(768);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeInViewport();
}

const SIGNED_IN_PAGES: Record<Exclude<TAccount, 'admin' | 'northwind'>, string[]> = {
  quality: [
    '/certificates',
    `/certificates/${CERTIFICATE}`,
    `/certificates/${CERTIFICATE}/dashboard`,
    `/certificates/${CERTIFICATE}/edit`,
    `/certificates/${CERTIFICATE}/loops`,
    '/procedures',
    '/due',
    '/imports',
    '/notifications',
    '/account',
  ],
  ibm: ['/certificates', `/certificates/${CERTIFICATE}`, `/certificates/${CERTIFICATE}/dashboard`, '/procedures', '/due', '/notifications', '/account'],
  auditor: ['/certificates', `/certificates/${CERTIFICATE}`, `/certificates/${CERTIFICATE}/dashboard`, '/procedures', '/due', '/account'],
};

for (const [account, paths] of Object.entries(SIGNED_IN_PAGES) as [keyof typeof SIGNED_IN_PAGES, string[]][]) {
  test(`at 768 px the pages of ${account} do not scroll sideways`, async ({ page }) => {
    test.slow();
    await signIn(page, account);
    await expectHeaderFits(page);
    for (const path of paths) await expectNoHorizontalScroll(page, path);
    const procedurePath = await findProcedurePath(page, FIBAA_PROCEDURE);
    await expectNoHorizontalScroll(page, procedurePath);
    const item = await page.getByTestId('checklist').getByRole('link').first().getAttribute('href');
    if (item) await expectNoHorizontalScroll(page, item);
  });
}

test('at 768 px the administration pages do not scroll sideways', async ({ page }) => {
  test.slow();
  await signIn(page, 'admin');
  await expectHeaderFits(page);
  for (const path of ['/admin', '/admin/organisations', '/admin/users', '/admin/grants', '/admin/tokens', '/account'])
    await expectNoHorizontalScroll(page, path);
  await page.goto('/admin/users');
  const user = await page.locator('main a[href^="/admin/users/"]').first().getAttribute('href');
  expect(user, 'a link to a user page').not.toBeNull();
  await expectNoHorizontalScroll(page, user as string);
});
