import { expect, test } from '@playwright/test';
import { createMapFixture, mapReady, removeMapFixtures, signIn, type MapFixture } from './house-map-support';
import { saveScreenshots } from './screenshot';

let fixture: MapFixture;

test.beforeAll(async () => {
  fixture = await createMapFixture({ answers: [{ type: 'ocmw', level: 'minimaal' }, { type: 'politie', level: 'gemiddeld' }] });
});
test.afterAll(removeMapFixtures);

test('a named snapshot, then changes, then the comparison lists and colours what was added, removed and changed', async ({ page }) => {
  await signIn(page, fixture.user, `/huizen/${fixture.houseId}/momentopnames`);
  await page.getByLabel('Naam van de momentopname').fill('Stand januari 2027');
  await page.getByRole('button', { name: 'Momentopname nemen' }).click();
  await expect(page.getByTestId('snapshot-message')).toHaveText('Momentopname genomen.');
  await expect(page.getByTestId('snapshot-list')).toContainText('Stand januari 2027');

  await page.goto(`/huizen/${fixture.houseId}/vragenlijst`);
  await page.getByTestId('type-ocmw').getByRole('radio', { name: 'Kernpartner' }).check();
  await expect(page.getByTestId('message-ocmw')).toHaveText('Opgeslagen.');
  await page.getByTestId('type-politie').getByRole('button', { name: 'Antwoord wissen' }).click();
  await expect(page.getByTestId('message-politie')).toHaveText('Opgeslagen.');
  await page.getByTestId('type-bibliotheek').getByRole('radio', { name: 'Gemiddeld' }).check();
  await expect(page.getByTestId('message-bibliotheek')).toHaveText('Opgeslagen.');

  await page.goto(`/huizen/${fixture.houseId}/momentopnames`);
  await page.getByRole('button', { name: 'Vergelijk' }).click();
  await expect(page.getByRole('heading', { name: 'Van ‘Stand januari 2027’ tot ‘Nu’' })).toBeVisible();
  await expect(page.getByTestId('diff-added')).toContainText('Bibliotheek (gemiddeld)');
  await expect(page.getByTestId('diff-removed')).toContainText('Politie (gemiddeld)');
  await expect(page.getByTestId('diff-changed')).toContainText('OCMW Minimaal → Kernpartner');
  await mapReady(page);
  const classes = await page.evaluate(() => {
    const cy = (window as unknown as { netwerkkaartMap: { cy: import('cytoscape').Core } }).netwerkkaartMap.cy;
    return Object.fromEntries(['type:bibliotheek', 'type:politie', 'type:ocmw'].map((id) => [id, cy.getElementById(id).classes()]));
  });
  expect(classes['type:bibliotheek']).toContain('diff-added');
  expect(classes['type:politie']).toContain('diff-removed');
  expect(classes['type:ocmw']).toContain('diff-changed');
  await saveScreenshots(page, 'huis-momentopnames');
});
