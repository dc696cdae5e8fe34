import { expect, test } from '@playwright/test';
import { writeTx } from '@/graph/session';
import { saveTypeAnswer } from '@/graph/repositories/involvement';
import { createTestUser, deleteUsers, type TestUser } from '../support/test-users';
import { createMapFixture, mapReady, removeMapFixtures, signIn, type MapFixture } from './house-map-support';
import { saveScreenshots } from './screenshot';

// A new house shows only the red triangles of its missing mandatory partners: the page guides
// the first steps until the house has answered something.
let fixture: MapFixture;
let agency: TestUser;

test.beforeAll(async () => {
  fixture = await createMapFixture();
  agency = await createTestUser('kind_en_gezin', [], 'Kind en Gezin Eerste Stappen');
});
test.afterAll(async () => {
  await deleteUsers([agency.id]);
  await removeMapFixtures();
});

test('a new, empty house shows “Aan de slag” with the questionnaire, an import and a workshop, until it has an answer', async ({ page }) => {
  await signIn(page, fixture.user, `/huizen/${fixture.houseId}`);
  await mapReady(page);
  const panel = page.getByTestId('first-steps');
  await expect(panel.getByRole('heading', { name: 'Aan de slag' })).toBeVisible();
  await expect(panel).toContainText('De 8 rode driehoeken zijn partners die verplicht aansluiten en nog ontbreken');
  await expect(panel.getByRole('link', { name: 'Naar de vragenlijst' })).toHaveAttribute('href', `/huizen/${fixture.houseId}/vragenlijst`);
  await expect(panel.getByRole('link', { name: 'Lijst importeren' })).toHaveAttribute('href', `/huizen/${fixture.houseId}/importeren`);
  await expect(panel.getByRole('link', { name: 'Naar de workshops' })).toHaveAttribute('href', '/workshops');
  await saveScreenshots(page, 'huis-aan-de-slag');

  // Each link leads where it says.
  await panel.getByRole('link', { name: 'Lijst importeren' }).click();
  await expect(page.getByRole('heading', { name: 'Partnerlijst importeren' })).toBeVisible();
  await page.goBack();
  await page.getByTestId('first-steps').getByRole('link', { name: 'Naar de workshops' }).click();
  await expect(page.locator(`[data-house="${fixture.houseId}"]`).getByRole('button', { name: 'Workshop openen' })).toBeVisible();

  // One answer, and the house is under way: the panel is gone.
  await writeTx((tx) => saveTypeAnswer(tx, { houseId: fixture.houseId, by: fixture.user.id, byName: 'Sofie', typeCode: 'ocmw', expectedVersion: 0, change: { level: 'gemiddeld' } }));
  await page.goto(`/huizen/${fixture.houseId}`);
  await mapReady(page);
  await expect(page.getByTestId('first-steps')).toHaveCount(0);
});

test('who only reads the house gets a sentence, not the steps', async ({ page }) => {
  const empty = await createMapFixture();
  await signIn(page, agency, `/huizen/${empty.houseId}`);
  await expect(page.getByTestId('first-steps-readonly')).toContainText('Dit huis heeft nog niets ingevuld');
  await expect(page.getByTestId('first-steps')).toHaveCount(0);
});
