import { expect, test, type ConsoleMessage } from '@playwright/test';
import { closeDriver } from '@/graph/driver';
import { createTestUser, deleteUsers, deleteUsersByEmail, type TestUser } from '../support/test-users';
import { signIn } from './house-map-support';

let admin: TestUser;
const newEmail = `nieuw-${Date.now()}@test.netwerkkaart.local`;

test.beforeAll(async () => {
  admin = await createTestUser('beheerder', [], 'Beheerder Formulieren');
});
test.afterAll(async () => {
  await deleteUsersByEmail([newEmail]);
  await deleteUsers([admin.id]);
  await closeDriver();
});

/** Errors in the browser console, except the icon request (the app's icon is another item of issue 14). */
function consoleErrors(page: import('@playwright/test').Page): string[] {
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('Beheer loads without an error in the console (no hydration error #418)', async ({ page }) => {
  // The audit trail then holds a long value, folded into <details>: the case that broke hydration.
  const other = await createTestUser('kind_en_gezin', [], 'Een account met een heel lange naam om de waarde in het logboek lang te maken');
  try {
    await signIn(page, admin, '/');
    const errors = consoleErrors(page);
    await page.goto('/beheer');
    await expect(page.getByRole('heading', { name: 'Wijzigingen' })).toBeVisible();
    // Hydration done: React has taken over the last part of the page (or reported why it could not).
    await expect.poll(() => page.evaluate(() => {
      const last = document.querySelector('ol[aria-label="Wijzigingen, nieuwste eerst"] > li:last-child');
      return Boolean(last && Object.keys(last).some((key) => key.startsWith('__reactFiber')));
    }), { timeout: 30_000 }).toBe(true);
    expect(errors).toEqual([]);
  } finally {
    await deleteUsers([other.id]);
  }
});

test('a validation error keeps what was typed in the new-account form; a new account empties it', async ({ page }) => {
  await signIn(page, admin, '/beheer');
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'Nieuw account' }) });
  await form.getByLabel('Naam').fill('Nora Nieuw');
  await form.getByLabel('E-mailadres').fill(newEmail);
  await form.getByLabel('Rol').selectOption('kind_en_gezin');
  await form.getByLabel('Eerste wachtwoord').fill('kort');
  await form.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(form.getByRole('alert')).toBeVisible();
  await expect(form.getByLabel('Naam')).toHaveValue('Nora Nieuw');
  await expect(form.getByLabel('E-mailadres')).toHaveValue(newEmail);
  await expect(form.getByLabel('Rol')).toHaveValue('kind_en_gezin');

  await form.getByLabel('Eerste wachtwoord').fill('een-lang-genoeg-wachtwoord');
  await form.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(form.getByRole('status')).toContainText(`Het account voor ${newEmail} werd aangemaakt.`);
  await expect(form.getByLabel('Naam')).toHaveValue('');
  await expect(form.getByLabel('E-mailadres')).toHaveValue('');
});
