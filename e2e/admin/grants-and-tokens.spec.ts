// The administration journeys of the issue: an auditor grant gives access exactly while it is
// active (created pending or expired: nothing; granted until tomorrow: in; the server's clock moved
// past "until": out; revoked: out), and a revoked API token stops at once.
import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/auth';
import { setServerClockOffsetDays } from '../fixtures/clock';
import { createUserThroughForm, dayFromToday, grantThroughForm, metricsStatus, signInAs, uniqueSuffix } from './admin-journeys';

const PROCEDURE = 'FIBAA 23/016: Initial Certification';

test('an auditor sees a procedure only while a grant is active: not when expired or pending, at once when granted, not after revocation', async ({
  browser,
}) => {
  const suffix = uniqueSuffix();
  // A new auditor, so that no demo grant (nor other spec files) decide what it sees.
  const auditor = { email: `examiner-${suffix}@fibaa.demo`, name: `Erin Examiner ${suffix}`, password: 'grant-journey-passphrase-26' };
  const auditorLabel = `${auditor.name} <${auditor.email}>`;

  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, 'admin');
  await createUserThroughForm(adminPage, { ...auditor, role: 'AUDITOR', organisationSlug: 'fibaa' });
  await grantThroughForm(adminPage, { auditorLabel, procedureLabel: PROCEDURE, from: dayFromToday(-7), until: dayFromToday(-1) });
  await grantThroughForm(adminPage, { auditorLabel, procedureLabel: PROCEDURE, from: dayFromToday(1), until: dayFromToday(8) });
  const rows = adminPage.getByTestId('grant-row').filter({ hasText: auditor.email });
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Expired' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Pending' })).toHaveCount(1);

  const auditorPage = await (await browser.newContext()).newPage();
  await signInAs(auditorPage, auditor);
  await auditorPage.goto('/procedures');
  await expect(auditorPage.getByRole('heading', { name: '0 procedures in your scope' })).toBeVisible();

  await grantThroughForm(adminPage, { auditorLabel, procedureLabel: PROCEDURE, from: dayFromToday(0), until: dayFromToday(1) });
  const active = rows.filter({ hasText: 'Active' });
  await expect(active).toHaveCount(1);

  await auditorPage.goto('/procedures');
  await expect(auditorPage.getByRole('heading', { name: '1 procedure in your scope' })).toBeVisible();
  await auditorPage.getByRole('link', { name: 'FIBAA 23/016' }).click();
  await expect(auditorPage.getByRole('heading', { name: 'FIBAA 23/016: Initial Certification' })).toBeVisible();
  const procedureUrl = auditorPage.url();
  await auditorPage.goto('/certificates');
  await expect(auditorPage.getByRole('heading', { name: '6 certificates in your scope' })).toBeVisible();

  // Ten days later the grant "until tomorrow" has expired, and so has the one that was pending
  // (days 1–8): the same URL is a 404. (The session has ended too by then, so the auditor signs in
  // again on the moved clock.)
  try {
    setServerClockOffsetDays(10);
    const laterPage = await (await browser.newContext()).newPage();
    await signInAs(laterPage, auditor);
    expect((await laterPage.goto(procedureUrl))?.status()).toBe(404);
    await laterPage.goto('/procedures');
    await expect(laterPage.getByRole('heading', { name: '0 procedures in your scope' })).toBeVisible();
    await laterPage.context().close();
  } finally {
    setServerClockOffsetDays(0);
  }
  expect((await auditorPage.goto(procedureUrl))?.status()).toBe(200);

  adminPage.once('dialog', (dialog) => dialog.accept());
  await active.getByRole('button', { name: /^Revoke the grant of/ }).click();
  await expect(rows.filter({ hasText: 'Revoked' })).toHaveCount(1);

  expect((await auditorPage.goto(procedureUrl))?.status()).toBe(404);
  await auditorPage.goto('/procedures');
  await expect(auditorPage.getByRole('heading', { name: '0 procedures in your scope' })).toBeVisible();
  await auditorPage.context().close();
  await adminPage.context().close();
});

test('an API token is shown once, reads in its owner’s scope, and stops at once when revoked by its owner or an administrator', async ({
  browser,
  request,
}) => {
  const suffix = uniqueSuffix();
  const partnerPage = await (await browser.newContext()).newPage();
  await signIn(partnerPage, 'ibm');

  async function createToken(name: string): Promise<string> {
    await partnerPage.goto('/account');
    const form = partnerPage.getByRole('form', { name: 'New API token' });
    await form.getByLabel('Name').fill(name);
    await form.getByRole('button', { name: 'Create token' }).click();
    const token = (await partnerPage.getByTestId('new-token').textContent()) ?? '';
    expect(token).toMatch(/^cqa_[\w-]{40,}$/);
    return token;
  }

  const reporting = await createToken(`reporting ${suffix}`);
  expect(await metricsStatus(request, reporting)).toBe(200);
  expect(await metricsStatus(request, reporting, 'northwind-learning-analytics')).toBe(404);
  // Shown once: after a reload only its first characters remain.
  await partnerPage.reload();
  await expect(partnerPage.getByTestId('new-token')).toHaveCount(0);
  await expect(partnerPage.getByText(reporting)).toHaveCount(0);
  await expect(partnerPage.getByTestId('own-token-row').filter({ hasText: `reporting ${suffix}` })).toContainText(`${reporting.slice(0, 10)}…`);

  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, 'admin');
  await adminPage.goto('/admin/tokens');
  const adminRow = adminPage.getByTestId('token-row').filter({ hasText: `reporting ${suffix}` });
  await expect(adminRow).toContainText('partner@ibm.demo');
  adminPage.once('dialog', (dialog) => dialog.accept());
  await adminRow.getByRole('button', { name: /^Revoke token/ }).click();
  await expect(adminRow).toContainText('Revoked');
  expect(await metricsStatus(request, reporting)).toBe(401);

  const spreadsheet = await createToken(`spreadsheet ${suffix}`);
  expect(await metricsStatus(request, spreadsheet)).toBe(200);
  const ownRow = partnerPage.getByTestId('own-token-row').filter({ hasText: `spreadsheet ${suffix}` });
  partnerPage.once('dialog', (dialog) => dialog.accept());
  await ownRow.getByRole('button', { name: `Revoke token spreadsheet ${suffix}` }).click();
  await expect(ownRow).toContainText('Revoked');
  expect(await metricsStatus(request, spreadsheet)).toBe(401);
  await adminPage.context().close();
  await partnerPage.context().close();
});
