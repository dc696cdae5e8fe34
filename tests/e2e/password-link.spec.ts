import { expect, test } from '@playwright/test';
import { closeDriver } from '@/graph/driver';
import { writeTx } from '@/graph/session';
import { createTestUser, deleteUsers, type TestUser } from '../support/test-users';
import { signIn } from './house-map-support';

// Without e-mail, the beheerder makes a one-time link for an account; the person opens it,
// chooses a new password and signs in with it. The link works once.
let beheerder: TestUser;
let person: TestUser;
const NEW_PASSWORD = 'mijn-nieuwe-wachtwoord-2027';

test.beforeAll(async () => {
  beheerder = await createTestUser('beheerder', [], 'Beheerder Test');
  person = await createTestUser('kind_en_gezin', [], 'Wachtwoord Vergeten');
});

test.afterAll(async () => {
  await writeTx((tx) => tx.run('MATCH (l:PasswordLink) WHERE l.userId IN $ids DELETE l', { ids: [person.id] }));
  await deleteUsers([beheerder.id, person.id]);
  await closeDriver();
});

test('the beheerder makes a password link; the person sets a new password with it, once, and signs in', async ({ page, browser }) => {
  await signIn(page, beheerder, '/beheer');
  const form = page.getByRole('form', { name: `Wachtwoordlink voor ${person.email}` });
  // Long role groups fold away: open the person's group first.
  const group = page.locator('details').filter({ has: form });
  if (!(await group.evaluate((d) => (d as HTMLDetailsElement).open))) await group.locator('summary').click();
  await form.scrollIntoViewIfNeeded();
  await form.getByRole('button', { name: 'Wachtwoordlink maken' }).click();
  await expect(form.getByRole('status')).toContainText('Hij werkt één keer, 24 uur lang');
  const link = await form.getByTestId('password-link').inputValue();
  expect(link).toMatch(/\/wachtwoord\?token=[A-Za-z0-9_-]{43}$/);
  await page.screenshot({ path: 'test-results/screenshots/beheer-wachtwoordlink-1280.png' });

  // The person, in another browser: whose account, then two passwords that differ, then right.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const phone = await context.newPage();
  await phone.goto(link);
  await expect(phone.getByText(`Account: ${person.email}`)).toBeVisible();
  await phone.getByLabel('Nieuw wachtwoord').fill(NEW_PASSWORD);
  await phone.getByLabel('Wachtwoord herhalen').fill(`${NEW_PASSWORD}!`);
  await phone.getByRole('button', { name: 'Wachtwoord instellen' }).click();
  await expect(phone.getByText('De twee wachtwoorden verschillen.')).toBeVisible();
  await phone.getByLabel('Nieuw wachtwoord').fill(NEW_PASSWORD);
  await phone.getByLabel('Wachtwoord herhalen').fill(NEW_PASSWORD);
  await phone.getByRole('button', { name: 'Wachtwoord instellen' }).click();
  await expect(phone.getByRole('status')).toContainText(`Het wachtwoord van ${person.email} is ingesteld`);
  await phone.screenshot({ path: 'test-results/screenshots/wachtwoord-ingesteld-390.png', fullPage: true });

  // Signs in with the new password; the old one no longer works.
  await phone.getByRole('link', { name: 'Naar aanmelden' }).click();
  await signIn(phone, { ...person, password: NEW_PASSWORD }, '/overzicht');
  await expect(phone).toHaveURL(/\/overzicht/);

  // The link was used: it works no more.
  const other = await browser.newPage();
  await other.goto(link);
  await expect(other.getByTestId('password-link-invalid')).toContainText('niet (meer) geldig');
  await other.goto('/aanmelden');
  await other.getByLabel('E-mailadres').fill(person.email);
  await other.getByLabel('Wachtwoord').fill(person.password);
  await other.getByRole('button', { name: 'Aanmelden', exact: true }).click();
  await expect(other).toHaveURL(/\/aanmelden/);
  await context.close();
});
