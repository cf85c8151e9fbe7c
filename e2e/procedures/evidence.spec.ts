import { createHash } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { signIn } from '../fixtures/auth';
import { replayServerAction, type TCapturedAction } from '../fixtures/server-action';

// The journey works on a condition it adds itself to the demo's open Northwind procedure, so the
// demo's own items (which other journeys count) stay untouched. The tests run in order.
test.describe.configure({ mode: 'serial' });

const OPEN_PROCEDURE = 'FIBAA 26/901 (fictional demo)';
const CONDITION_TEXT = 'Coursera and Northwind publish the results of the learner workload evaluation (evidence journey).';
const EVIDENCE_TITLE = 'Workload evaluation report, spring term';
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);
const EXE = Buffer.concat([Buffer.from('MZ\u0090\u0000', 'latin1'), Buffer.alloc(60), Buffer.from('This program cannot be run in DOS mode.')]);

/** The checklist item's page, as the quality manager's link leads to it. */
let itemPath: string;

const evidenceCard = (page: Page) => page.getByTestId('evidence').filter({ hasText: EVIDENCE_TITLE });

test('a quality manager adds a condition; its checklist item goes to Northwind', async ({ page }) => {
  await signIn(page, 'quality');
  await page.goto('/procedures');
  await page.getByRole('link', { name: OPEN_PROCEDURE }).click();
  await page.getByText('Add a condition', { exact: true }).click();
  const form = page.getByRole('form', { name: 'Add a condition' });
  await form.getByLabel('Chapter').fill('5');
  await form.getByLabel('Criterion').fill('5* Documentation');
  await form.getByLabel('Text of the condition').fill(CONDITION_TEXT);
  await form.getByLabel('Checklist', { exact: true }).selectOption('CONDITION');
  await form.getByRole('button', { name: 'Add condition' }).click();
  await expect(form.getByRole('status')).toHaveText('Condition added with 1 checklist item(s).');

  const condition = page.getByTestId('condition').filter({ hasText: CONDITION_TEXT });
  await expect(condition.getByTestId('checklist')).toContainText('Northwind University');
  await condition.getByTestId('checklist').getByRole('link').click();
  await expect(page).toHaveURL(/\/procedures\/[^/]+\/checklist\/[^/]+$/);
  itemPath = new URL(page.url()).pathname;
  await expect(page.getByTestId('item-assignee')).toContainText('Northwind University');
  await expect(page.getByText('None yet: the item counts as missing evidence.')).toBeVisible();
});

test('the Northwind partner uploads a PDF; a disguised program is refused; IBM gets a 404', async ({ page, browser }) => {
  await signIn(page, 'northwind');
  await page.goto(itemPath);
  await expect(page.getByTestId('item-overview')).toContainText(CONDITION_TEXT);

  const upload = page.getByTestId('upload-evidence-form');
  await upload.getByLabel('File', { exact: true }).setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: EXE });
  await upload.getByLabel('Title').fill('Renamed program');
  await upload.getByRole('button', { name: 'Upload file' }).click();
  await expect(upload.getByRole('alert').first()).toContainText('"report.pdf" was refused: it is a Windows program');
  await expect(page.getByTestId('evidence')).toHaveCount(0);

  await upload.getByLabel('File', { exact: true }).setInputFiles({ name: 'workload-evaluation.pdf', mimeType: 'application/pdf', buffer: PDF });
  await upload.getByLabel('Title').fill(EVIDENCE_TITLE);
  await upload.getByLabel('Effective date').fill('2025-06-30');
  await upload.getByRole('button', { name: 'Upload file' }).click();
  const card = evidenceCard(page);
  await expect(card.getByTestId('evidence-state')).toHaveText('submitted');
  await expect(card).toContainText('Effective 30 Jun 2025');
  const revision = card.getByTestId('revisions').getByRole('row').nth(1);
  await expect(revision).toContainText('workload-evaluation.pdf');
  await expect(revision).toContainText('PDF document');
  await expect(revision).toContainText(createHash('sha256').update(PDF).digest('hex'));
  await expect(revision).toContainText('Noor Northwind');

  const href = (await revision.getByRole('link', { name: 'workload-evaluation.pdf' }).getAttribute('href')) as string;
  const download = await page.request.get(href);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('application/pdf');
  expect(download.headers()['content-disposition']).toMatch(/^attachment; filename="workload-evaluation\.pdf"/);
  expect(download.headers()['x-content-type-options']).toBe('nosniff');
  expect(Buffer.from(await download.body())).toEqual(PDF);

  const ibmContext = await browser.newContext();
  const ibmPage = await ibmContext.newPage();
  await signIn(ibmPage, 'ibm');
  expect((await ibmPage.goto(itemPath))?.status()).toBe(404);
  await expect(ibmPage.getByText(EVIDENCE_TITLE)).toHaveCount(0);
  expect((await ibmPage.request.get(href)).status()).toBe(404);
  await ibmContext.close();
});

test("a quality manager accepts it (the partner's forged accept is refused first)", async ({ page, browser }) => {
  await signIn(page, 'quality');
  await page.goto(itemPath);
  const card = evidenceCard(page);

  // The quality manager's accept, held back before it reaches the server: the exact request body.
  let held: TCapturedAction | null = null;
  const isItemPage = (url: URL) => url.pathname === itemPath;
  await page.route(isItemPage, async (route) => {
    const request = route.request();
    const actionId = request.headers()['next-action'];
    if (request.method() !== 'POST' || !actionId) return route.continue();
    held = {
      url: request.url(),
      headers: { 'next-action': actionId, 'content-type': request.headers()['content-type'] ?? 'text/plain;charset=UTF-8', accept: 'text/x-component' },
      body: request.postData() ?? '',
    };
    await route.abort();
  });
  await card.getByRole('button', { name: 'Accept' }).click();
  await expect.poll(() => held).not.toBeNull();
  await page.unroute(isItemPage);

  const partnerContext = await browser.newContext();
  const partnerPage = await partnerContext.newPage();
  await signIn(partnerPage, 'northwind');
  expect(await replayServerAction(partnerPage, held as unknown as TCapturedAction)).toContain('Only quality managers accept or reject evidence');
  await partnerPage.goto(itemPath);
  await expect(evidenceCard(partnerPage).getByTestId('evidence-state')).toHaveText('submitted');
  await expect(partnerPage.getByRole('button', { name: 'Accept' })).toHaveCount(0);
  await partnerContext.close();

  await page.reload();
  await evidenceCard(page)
    .getByLabel(/Review note/)
    .fill('Covers the whole term.');
  await evidenceCard(page).getByRole('button', { name: 'Accept' }).click();
  await expect(evidenceCard(page).getByTestId('evidence-state')).toHaveText('accepted');
  await expect(evidenceCard(page)).toContainText('Accepted by Quinn Quality');
  await expect(evidenceCard(page)).toContainText('Covers the whole term.');
  await expect(page.getByTestId('item-status')).toHaveText('Done');
});

test("the quality manager submits the condition to the agency and records the committee's decision", async ({ page }) => {
  await signIn(page, 'quality');
  await page.goto('/procedures');
  await page.getByRole('link', { name: OPEN_PROCEDURE }).click();
  const condition = page.getByTestId('condition').filter({ hasText: CONDITION_TEXT });
  await condition.getByRole('button', { name: 'Start work' }).click();
  await condition.getByRole('button', { name: 'Mark as submitted to the agency' }).click();
  await expect(condition).toContainText('submitted to agency');
  const decision = condition.getByRole('form', { name: 'Record committee decision' });
  await decision.getByLabel('Committee meeting').fill('FIBAA certification committee, meeting 140');
  await decision.getByRole('button', { name: 'Record decision' }).click();
  await expect(condition).toContainText('fulfilled');
  await expect(condition).toContainText('FIBAA certification committee, meeting 140');
  await expect(condition.getByRole('form', { name: 'Record committee decision' })).toHaveCount(0);
});

test('the auditor sees the evidence and has no controls', async ({ page }) => {
  await signIn(page, 'auditor');
  await page.goto(itemPath);
  await expect(evidenceCard(page).getByTestId('evidence-state')).toHaveText('accepted');
  await expect(evidenceCard(page).getByTestId('revisions')).toContainText('workload-evaluation.pdf');
  const main = page.getByRole('main');
  await expect(main.getByRole('button')).toHaveCount(0);
  await expect(main.locator('form, details')).toHaveCount(0);
  const href = (await evidenceCard(page).getByRole('link', { name: 'workload-evaluation.pdf' }).getAttribute('href')) as string;
  expect((await page.request.get(href)).status()).toBe(200);

  // The procedure shows the decision, and offers the auditor nothing to change.
  await page.goto('/procedures');
  await page.getByRole('link', { name: OPEN_PROCEDURE }).click();
  const condition = page.getByTestId('condition').filter({ hasText: CONDITION_TEXT });
  await expect(condition).toContainText('fulfilled');
  await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('main').locator('form')).toHaveCount(0);
});
