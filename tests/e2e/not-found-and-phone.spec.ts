import { expect, test } from '@playwright/test';
import { readHouseNetwork } from '@/graph/repositories/house-network';
import { takeSnapshot } from '@/graph/repositories/snapshots';
import { createMapFixture, removeMapFixtures, signIn, type MapFixture } from './house-map-support';
import { saveScreenshots } from './screenshot';

let own: MapFixture;
let other: MapFixture;

test.beforeAll(async () => {
  own = await createMapFixture({ answers: [{ type: 'ocmw', level: 'kernpartner' }] });
  other = await createMapFixture();
  // Snapshot names as workshops write them: long, so the compare selects are wide.
  const ctx = { houseId: own.houseId, by: 'test', byName: 'Sofie Coördinator' };
  const network = (await readHouseNetwork(own.houseId))!;
  await takeSnapshot(ctx, 'Vóór de workshop K7PQ2M', network);
  await takeSnapshot(ctx, 'Na de workshop K7PQ2M met de partners van het huis', network);
});
test.afterAll(removeMapFixtures);

test('Momentopnames fits a phone: nothing scrolls sideways at 390 px, also while comparing', async ({ page }) => {
  // Issue 14, bug 7: the page was 485 px wide at 390 px.
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, own.user, `/huizen/${own.houseId}/momentopnames`);
  const width = () => page.evaluate(() => document.documentElement.scrollWidth);
  expect(await width()).toBeLessThanOrEqual(390);
  await page.getByRole('button', { name: 'Vergelijk' }).click();
  await expect(page).toHaveURL(/van=/);
  await expect(page.getByRole('heading', { name: /^Van ‘/ })).toBeVisible();
  expect(await width()).toBeLessThanOrEqual(390);
  await saveScreenshots(page, 'momentopnames-vergelijken');
});

test('an unknown address and another house answer with the same Dutch not-found page', async ({ page }) => {
  await signIn(page, own.user, '/');
  const unknown = await page.goto('/bestaat-niet');
  expect(unknown?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
  await expect(page).toHaveTitle('Niet gevonden · Netwerkkaart');
  const unknownText = await page.getByTestId('not-found').innerText();
  await saveScreenshots(page, 'niet-gevonden');

  // Another house, and a house that does not exist: the same answer, so the first one does not leak.
  for (const sub of ['', '/vragenlijst']) {
    const answers = [];
    for (const house of [other.houseId, 'bestaat-niet']) {
      const response = await page.goto(`/huizen/${house}${sub}`);
      // Read both once hydrated: Next.js puts the page's own title back over the not-found one
      // after hydration (vercel/next.js#95836), so a read before it races the page's scripts.
      await page.waitForLoadState('networkidle');
      answers.push({ status: response?.status(), title: await page.title(), text: await page.getByTestId('not-found').innerText() });
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]).toMatchObject({ status: 404, text: unknownText });
  }
});
