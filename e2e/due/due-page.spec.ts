import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { signIn } from '../fixtures/auth';
import { captureServerAction, replayServerAction } from '../fixtures/server-action';
import { OVERDUE_BY_DAYS, OVERDUE_ITEM_TITLE } from './overdue-item';

const port = Number(process.env.E2E_PORT ?? 3210);

/** Runs the fixture script against the e2e server's database (the same data folder the server uses). */
function runFixture(command: 'add' | 'remove') {
  const { dataDir } = JSON.parse(readFileSync(join(tmpdir(), `certqa-e2e-${port}.json`), 'utf8')) as { dataDir: string };
  const env: NodeJS.ProcessEnv = { ...process.env, CERTQA_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'e2e/due/overdue-item-fixture.ts', command], { env, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
}

test.describe.configure({ mode: 'serial' });
test.beforeAll(() => runFixture('add'));
test.afterAll(() => runFixture('remove'));

const rows = (page: Page) => page.getByTestId('due-row');
const rowLinked = (page: Page, name: string) => rows(page).filter({ has: page.getByRole('link', { name, exact: true }) });

/** Chooses the filters by their visible labels, submits the GET form and waits for the filtered page. */
async function applyFilters(page: Page, filters: { certificate?: string; organisation?: string; status?: string }) {
  const choices = {
    certificate: await page.getByLabel('Certificate').selectOption({ label: filters.certificate ?? 'All certificates' }),
    organisation: await page.getByLabel('Organisation').selectOption({ label: filters.organisation ?? 'All organisations' }),
    status: await page.getByLabel('Status').selectOption({ label: filters.status ?? 'Open (including overdue)' }),
  };
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await page.waitForURL((url) => Object.entries(choices).every(([name, [value]]) => url.searchParams.get(name) === value));
}

test('the quality manager sees everything due on the platform, soonest first, with days left in words', async ({ page }) => {
  await signIn(page, 'quality');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Due' }).click();
  await expect(page.getByRole('heading', { name: 'Due', exact: true })).toBeVisible();
  await expect(rows(page).first()).toContainText(OVERDUE_ITEM_TITLE);
  await expect(rowLinked(page, OVERDUE_ITEM_TITLE)).toContainText(`${OVERDUE_BY_DAYS} days overdue`);
  await expect(rowLinked(page, OVERDUE_ITEM_TITLE)).toContainText('Coursera Inc.');
  // The demo's open Northwind procedure: condition 2 due in 10 days, condition 1 on the proof date in 25.
  await expect(rowLinked(page, 'Condition 2')).toContainText('in 10 days');
  await expect(rowLinked(page, 'Northwind Learning Analytics Certificate')).toContainText('in 25 days');
  await expect(rowLinked(page, 'Condition 2').getByRole('link', { name: 'Condition 2', exact: true })).toHaveAttribute(
    'href',
    /^\/procedures\/[^/]+\/checklist\/[^/]+$/,
  );
  // The committee decided FIBAA 23/016's conditions: nothing of it is open.
  await expect(rows(page).filter({ hasText: 'FIBAA 23/016' })).toHaveCount(0);
});

test('the filters narrow the list by status, organisation and certificate, and say when nothing matches', async ({ page }) => {
  await signIn(page, 'quality');
  await page.goto('/due');

  await applyFilters(page, { status: 'Overdue' });
  await expect(page).toHaveURL(/[?&]status=overdue/);
  await expect(rowLinked(page, OVERDUE_ITEM_TITLE)).toBeVisible();
  await expect(rowLinked(page, 'Condition 2')).toHaveCount(0);
  for (const row of await rows(page).all()) await expect(row).toContainText('overdue');

  await applyFilters(page, { organisation: 'Coursera Inc.', status: 'All' });
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(OVERDUE_ITEM_TITLE);

  await applyFilters(page, { certificate: 'IBM Data Science Professional Certificate', status: 'Done or closed' });
  await expect(page.getByLabel('Certificate')).toHaveValue('ibm-data-science');
  await expect(rows(page).first()).toBeVisible();
  for (const row of await rows(page).all()) {
    await expect(row).toContainText('FIBAA 23/016');
    await expect(row).toContainText('done');
  }

  await applyFilters(page, { certificate: 'IBM Data Science Professional Certificate' });
  await expect(page.getByTestId('due-empty')).toHaveText(/Nothing matches these filters\./);
  await page.getByRole('link', { name: 'Show everything open' }).click();
  await expect(rowLinked(page, OVERDUE_ITEM_TITLE)).toBeVisible();
});

test("the Northwind partner sees its own open items, not the platform's, and no IBM certificate to filter by", async ({ page }) => {
  await signIn(page, 'northwind');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Due' }).click();
  await expect(rowLinked(page, 'Condition 2')).toContainText('in 10 days');
  await expect(page.getByText(OVERDUE_ITEM_TITLE)).toHaveCount(0);
  await expect(page.getByLabel('Certificate').locator('option', { hasText: 'IBM' })).toHaveCount(0);
  expect((await page.goto('/due?certificate=ibm-data-science&status=all'))?.status()).toBe(200);
  await expect(page.getByTestId('due-empty')).toHaveText(/Nothing matches these filters\./);
});

test('the notifications link counts unread warnings; marking one read lowers the count', async ({ page }) => {
  await signIn(page, 'quality');
  const badge = page.getByTestId('unread-notifications');
  const unreadBefore = Number((await badge.textContent())?.match(/\d+/)?.[0]);
  expect(unreadBefore).toBeGreaterThanOrEqual(3);
  await page.getByRole('link', { name: /^Notifications/ }).click();
  await expect(page.getByRole('heading', { name: 'Notifications', exact: true })).toBeVisible();
  const overdue = page.getByTestId('notification').filter({ hasText: OVERDUE_ITEM_TITLE });
  await expect(overdue).toContainText('Overdue');
  await expect(overdue).toContainText('Unread');
  await overdue.getByRole('button', { name: /^Mark read/ }).click();
  await expect(overdue).not.toContainText('Unread');
  await expect(badge).toHaveText(`${unreadBefore - 1} unread`);
});

test("a forged mark-read of another user's notification is not found and changes nothing", async ({ browser }) => {
  const qualityContext = await browser.newContext();
  const qualityPage = await qualityContext.newPage();
  await signIn(qualityPage, 'quality');
  await qualityPage.goto('/notifications');
  const target = qualityPage.getByTestId('notification').filter({ hasText: 'Unread' }).first();
  const targetId = (await target.getAttribute('data-notification-id')) ?? '';
  expect(targetId).not.toBe('');

  const partnerContext = await browser.newContext();
  const partnerPage = await partnerContext.newPage();
  await signIn(partnerPage, 'northwind');
  await partnerPage.goto('/notifications');
  const own = partnerPage.getByTestId('notification').filter({ hasText: 'Unread' }).first();
  const ownId = (await own.getAttribute('data-notification-id')) ?? '';
  const action = await captureServerAction(partnerPage, () => own.getByRole('button', { name: /^Mark read/ }).click());
  expect(action.body).toContain(ownId);
  const answer = await replayServerAction(partnerPage, action, action.body.replace(ownId, targetId));
  expect(answer).toContain('Notification not found');

  await qualityPage.reload();
  await expect(qualityPage.locator(`[data-notification-id="${targetId}"]`)).toContainText('Unread');
  await qualityContext.close();
  await partnerContext.close();
});
