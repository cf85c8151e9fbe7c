// Steps the administration journeys share: signing in as a user created during the test, and
// going through the administration forms the way an administrator does.
import { type APIRequestContext, expect, type Page } from '@playwright/test';

const DAY_MS = 86_400_000;

/** A calendar day relative to today (UTC), as a date input takes it: "2026-11-24". */
export function dayFromToday(days: number): string {
  return new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
}

/** A suffix that keeps names unique within the e2e database, which all spec files share. */
export function uniqueSuffix(): string {
  return Date.now().toString(36);
}

export async function signInAs(page: Page, user: { email: string; password: string; name: string }) {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('current-user')).toContainText(user.name);
}

export async function createUserThroughForm(
  page: Page,
  user: { email: string; name: string; password: string; role: 'AUDITOR' | 'QUALITY_MANAGER' | 'CONTENT_PARTNER' | 'ADMIN'; organisationSlug: string },
) {
  await page.goto('/admin/users');
  const form = page.getByRole('form', { name: 'New user' });
  await form.getByLabel('Name').fill(user.name);
  await form.getByLabel('E-mail').fill(user.email);
  await form.getByLabel('Role').selectOption(user.role);
  await form.getByLabel('Organisation').selectOption(user.organisationSlug);
  await form.getByLabel('Initial password').fill(user.password);
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(form.getByRole('status')).toContainText(`Created ${user.email}`);
}

export async function grantThroughForm(page: Page, grant: { auditorLabel: string; procedureLabel: string; from: string; until: string }) {
  await page.goto('/admin/grants');
  const form = page.getByRole('form', { name: 'New auditor grant' });
  await form.getByLabel('Auditor').selectOption({ label: grant.auditorLabel });
  await form.getByLabel('Procedure').selectOption({ label: grant.procedureLabel });
  await form.getByLabel('From').fill(grant.from);
  await form.getByLabel('Until').fill(grant.until);
  await form.getByRole('button', { name: 'Grant access' }).click();
  await expect(form.getByRole('status')).toHaveText('Grant created.');
}

export function metricsStatus(request: APIRequestContext, token: string, slug = 'ibm-data-science'): Promise<number> {
  return request.get(`/api/v1/certificates/${slug}/metrics`, { headers: { authorization: `Bearer ${token}` } }).then((response) => response.status());
}
