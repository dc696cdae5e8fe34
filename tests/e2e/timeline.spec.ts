import { expect, test } from '@playwright/test';
import { createMapFixture, removeMapFixtures, signIn, type MapFixture } from './house-map-support';
import { saveScreenshots } from './screenshot';

let fixture: MapFixture;

test.beforeAll(async () => {
  fixture = await createMapFixture({ answers: [{ type: 'ocmw', level: 'minimaal' }, { type: 'politie', level: 'gemiddeld' }] });
});
test.afterAll(removeMapFixtures);

/** The timeline's table at the chosen moment: entry key → level. */
async function tableAt(page: import('@playwright/test').Page): Promise<Record<string, string>> {
  return page.getByTestId('timeline-table').evaluate((table) => Object.fromEntries([...table.querySelectorAll('tr[data-key]')].map((tr) => [tr.getAttribute('data-key')!, tr.getAttribute('data-level')!])));
}

test('the timeline at a snapshot shows the map as that snapshot froze it; positions stay; two dates compared', async ({ page }) => {
  await signIn(page, fixture.user, `/huizen/${fixture.houseId}/vragenlijst`);
  // A change before the snapshot, the snapshot, then changes after it.
  await page.getByTestId('type-bibliotheek').getByRole('radio', { name: 'Minimaal' }).check();
  await expect(page.getByTestId('message-bibliotheek')).toHaveText('Opgeslagen.');
  await page.goto(`/huizen/${fixture.houseId}/momentopnames`);
  await page.getByLabel('Naam van de momentopname').fill('Stand voor de raad');
  await page.getByRole('button', { name: 'Momentopname nemen' }).click();
  await expect(page.getByTestId('snapshot-message')).toHaveText('Momentopname genomen.');
  await page.goto(`/huizen/${fixture.houseId}/vragenlijst`);
  await page.getByTestId('type-ocmw').getByRole('radio', { name: 'Kernpartner' }).check();
  await expect(page.getByTestId('message-ocmw')).toHaveText('Opgeslagen.');
  await page.getByTestId('type-politie').getByRole('button', { name: 'Antwoord wissen' }).click();
  await expect(page.getByTestId('message-politie')).toHaveText('Opgeslagen.');

  await page.goto(`/huizen/${fixture.houseId}/tijdlijn`);
  await expect(page.getByTestId('timeline-label')).toContainText('Nu');
  await expect(page.getByTestId('figure-kernpartners')).toHaveText('1');
  const now = await tableAt(page);
  expect(now).toMatchObject({ 'type:ocmw': 'kernpartner', 'type:bibliotheek': 'minimaal' });
  expect(now['type:politie']).toBeUndefined();
  const place = (id: string) => page.getByTestId('timeline-map').locator(`g[data-id="${id}"]`).getAttribute('data-x');
  const ocmwNow = await place('type:ocmw');

  // The snapshot's stop: the map as the snapshot froze it, compared with the snapshot page's own map.
  const option = page.getByTestId('timeline-moment').locator('option', { hasText: 'momentopname ‘Stand voor de raad’' });
  await page.getByTestId('timeline-moment').selectOption({ label: (await option.textContent())! });
  await expect(page.getByTestId('timeline-label')).toContainText('Stand voor de raad');
  const then = await tableAt(page);
  expect(then).toEqual({ 'type:ocmw': 'minimaal', 'type:politie': 'gemiddeld', 'type:bibliotheek': 'minimaal' });
  await expect(page.getByTestId('figure-kernpartners')).toHaveText('0');
  await expect(page.getByTestId('figure-direct')).toHaveText('3');
  expect(await place('type:ocmw')).toBe(ocmwNow);
  await saveScreenshots(page, 'tijdlijn');

  // The snapshot itself says the same (its comparison with now lists exactly these differences).
  await page.goto(`/huizen/${fixture.houseId}/momentopnames`);
  await page.getByRole('button', { name: 'Vergelijk' }).click();
  await expect(page.getByTestId('diff-changed')).toContainText('OCMW Minimaal → Kernpartner');
  await expect(page.getByTestId('diff-removed')).toContainText('Politie (gemiddeld)');

  // Any two dates: long ago against today.
  await page.goto(`/huizen/${fixture.houseId}/tijdlijn`);
  await page.getByTestId('compare-from').fill('2020-01-01');
  const comparison = page.getByTestId('date-comparison');
  await expect(comparison).toContainText('Bijgekomen: Bibliotheek');
  await expect(comparison).toContainText('Gewijzigd: OCMW Minimaal → Kernpartner');
  await expect(comparison).toContainText('Verdwenen: Politie');

  // Play runs through the stops to now.
  await page.getByTestId('timeline-moment').selectOption({ index: 0 });
  await page.getByRole('button', { name: '▶ Afspelen' }).click();
  await expect(page.getByTestId('timeline-label')).toContainText('Nu', { timeout: 15_000 });
  await expect(page.getByRole('button', { name: '▶ Afspelen' })).toBeVisible();
});
