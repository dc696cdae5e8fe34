import type { Page } from '@playwright/test';
import { closeDriver } from '@/graph/driver';
import type { Role } from '@/lib/domain/roles';
import { createTestUser, deleteUsers, type TestUser } from '../support/test-users';

/** A user of the given role for one overview spec, removed afterwards. */
const made: string[] = [];

export async function overviewUser(role: Role = 'kind_en_gezin'): Promise<TestUser> {
  const user = await createTestUser(role, [], role === 'kind_en_gezin' ? 'Kind en Gezin Overzicht' : `Test ${role}`);
  made.push(user.id);
  return user;
}

export async function removeOverviewUsers(): Promise<void> {
  await deleteUsers(made.splice(0));
  await closeDriver();
}

/** Signs in through the login page, as a person would, and comes back to `returnTo`. */
export async function signInAs(page: Page, user: TestUser, returnTo: string): Promise<void> {
  await page.goto(`/aanmelden?terug=${encodeURIComponent(returnTo)}`);
  await page.getByLabel('E-mailadres').fill(user.email);
  await page.getByLabel('Wachtwoord').fill(user.password);
  await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/aanmelden'));
}
