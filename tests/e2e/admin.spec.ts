import { expect, test, type Page } from '@playwright/test';
import { closeDriver } from '@/graph/driver';
import { createHouse } from '@/graph/repositories/houses';
import { readTx } from '@/graph/session';
import { deleteHouses } from '../support/graph-cleanup';
import { createTestUser, deleteUsers, type TestUser } from '../support/test-users';
import { uniqueHouseId } from '../support/unique-id';
import { callAction, readActionManifest, signedIn } from '../security/http';
import { signIn } from './house-map-support';
import { saveScreenshots } from './screenshot';

// The beheerder's page: find an account, give it a house with the picker, deactivate it (its
// session ends, sign-in is refused in Dutch), activate it again; the log says it all in Dutch.
let beheerder: TestUser;
let person: TestUser;
const house = { id: uniqueHouseId(), name: `Huis van het Kind Zoekerdorp ${Date.now().toString(36)}` };

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  await createHouse({ id: house.id, name: house.name, municipalities: ['Zoekerdorp', 'Vindegem'], province: 'West-Vlaanderen', urbanisation: 'buitengebied' });
  beheerder = await createTestUser('beheerder', [], 'Beheerder Logboek');
  person = await createTestUser('kind_en_gezin', [], 'Jana Deactiveerbaar');
});

test.afterAll(async () => {
  await deleteUsers([beheerder.id, person.id]);
  await deleteHouses([house.id]);
  await closeDriver();
});

/** The account's row in the user list, found with the search field. */
async function findAccount(page: Page, email: string) {
  await page.getByLabel('Zoek een account').fill(email.split('@')[0]);
  await expect(page.getByTestId('user-count')).toHaveText(/^1 van \d+ accounts$/);
  return page.locator(`li[data-user="${email}"]`);
}

test('the search narrows the user list; the house picker gives an account its house', async ({ page }) => {
  await signIn(page, beheerder, '/beheer');
  await page.getByLabel('Zoek een account').fill('jana deactiveer');
  await expect(page.getByTestId('user-count')).toHaveText(/^1 van \d+ accounts$/);
  await expect(page.locator('li[data-user]')).toHaveCount(1);
  await page.getByLabel('Zoek een account').fill('niemand-heet-zo');
  await expect(page.getByText('Geen account gevonden voor “niemand-heet-zo”.')).toBeVisible();

  const row = await findAccount(page, person.email);
  await row.locator('select[name=role]').selectOption('coordinator');
  const picker = row.getByRole('combobox', { name: 'Huis (voor een coördinator)' });
  await picker.fill('vindegem');
  await row.getByRole('option', { name: new RegExp(`^${house.name}`) }).click();
  await expect(picker).toHaveValue(house.name);
  await saveScreenshots(page, 'beheer-zoeken-huiskiezer');
  await row.getByRole('button', { name: 'Opslaan' }).click();
  await expect(row.getByRole('status')).toHaveText('De rol en het huis werden aangepast.');
  const houses = await readTx(async (tx) => (await tx.run('MATCH (:User {id: $id})-[:COORDINATES]->(h:House) RETURN collect(h.id) AS ids', { id: person.id })).records[0].get('ids'));
  expect(houses).toEqual([house.id]);

  // A typed text that names no house is refused by the server, in Dutch.
  await picker.fill('geen huis met deze naam');
  await row.getByRole('button', { name: 'Opslaan' }).click();
  await expect(row.getByRole('alert')).toHaveText('Een coördinator hoort bij een huis: kies het huis.');
});

test('deactivating ends the person’s session and refuses their sign-in; activating again lets them in', async ({ page, browser }) => {
  const other = await (await browser.newContext()).newPage();
  await signIn(other, person, `/huizen/${house.id}`);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(house.name);

  await signIn(page, beheerder, '/beheer');
  const row = await findAccount(page, person.email);
  await row.getByRole('button', { name: 'Deactiveren' }).click();
  await expect(row.getByRole('status')).toContainText('Het account is gedeactiveerd');
  await expect(row.getByText('gedeactiveerd', { exact: true })).toBeVisible();

  // Their open page: the next click finds no session any more.
  await other.reload();
  await expect(other).toHaveURL(/\/aanmelden\?terug=/);
  await other.getByLabel('E-mailadres').fill(person.email);
  await other.getByLabel('Wachtwoord').fill(person.password);
  await other.getByRole('button', { name: 'Aanmelden', exact: true }).click();
  await expect(other.locator('form p[role=alert]')).toHaveText('Dit account is gedeactiveerd. Vraag de beheerder van Netwerkkaart om het opnieuw te activeren.');
  await saveScreenshots(other, 'aanmelden-gedeactiveerd');

  await row.getByRole('button', { name: 'Opnieuw activeren' }).click();
  await expect(row.getByRole('status')).toContainText('Het account is weer actief');
  // The login form empties its password field after a refusal, as it always does.
  await other.getByLabel('Wachtwoord').fill(person.password);
  await other.getByRole('button', { name: 'Aanmelden', exact: true }).click();
  await other.waitForURL(`**/huizen/${house.id}`);
  await other.context().close();
});

test('the server refuses a beheerder who deactivates their own account, even sent past the page', async ({ playwright, baseURL }) => {
  const context = await signedIn(playwright, baseURL!, beheerder.email, beheerder.password);
  const action = readActionManifest().get('app/beheer/actions.ts#setUserActiveAction')!;
  const answer = await callAction(context, { id: action.id, path: '/beheer', args: [], prev: { ok: false, message: null, fieldErrors: {} }, fields: { userId: beheerder.id, actief: 'nee' } });
  expect(await answer.text()).toContain('U kunt uw eigen account niet deactiveren. Er werd niets opgeslagen.');
  const deactivated = await readTx(async (tx) => (await tx.run('MATCH (u:User {id: $id}) RETURN u.deactivatedAt IS NOT NULL AS d', { id: beheerder.id })).records[0].get('d'));
  expect(deactivated).toBe(false);
  await context.dispose();
});

test('the change log writes every change as a Dutch sentence, with names instead of codes and JSON', async ({ page }) => {
  await signIn(page, beheerder, '/beheer#wijzigingen');
  const log = page.getByTestId('audit-trail');
  const mine = log.locator('tr').filter({ hasText: 'Beheerder Logboek' });
  await expect(mine.filter({ hasText: 'Account gedeactiveerd' })).toContainText(`Het account van ${person.email} werd gedeactiveerd: aanmelden kan niet meer en 1 lopende sessie werd beëindigd.`);
  await expect(mine.filter({ hasText: 'Account opnieuw geactiveerd' })).toContainText(`Het account van ${person.email} werd opnieuw geactiveerd: aanmelden kan weer.`);
  await expect(mine.filter({ hasText: 'Rol of huis gewijzigd' }).first()).toContainText(`De rol van ${person.email} ging van Kind en Gezin naar coördinator van ${house.name}`);
  // No JSON and no stored codes in what this beheerder did (other tests' rows may hold odd names).
  for (const text of await mine.allInnerTexts()) expect(text).not.toMatch(/[{}"]|\b(answer|involvement|user|auth|house|invitation)\.[a-z_]+/);
  expect((await mine.allInnerTexts()).length).toBeGreaterThanOrEqual(4);
  await page.locator('#wijzigingen').scrollIntoViewIfNeeded();
  await saveScreenshots(page, 'beheer-logboek');
});
