import { expect, test } from '@playwright/test';
import { createMapFixture, mapNodes, mapReady, removeMapFixtures, signIn, type MapFixture } from './house-map-support';
import { saveScreenshots } from './screenshot';

let fixture: MapFixture;

test.beforeAll(async () => {
  fixture = await createMapFixture({ answers: [{ type: 'bibliotheek', level: 'minimaal' }] });
});
test.afterAll(removeMapFixtures);

test('a coordinator fills in the questionnaire of a new house; the map shows the gap close and the actor move to its ring', async ({ page }) => {
  await signIn(page, fixture.user, `/huizen/${fixture.houseId}`);
  await mapReady(page);
  await expect(page.getByTestId('map-summary')).toContainText('8 verplichte partners ontbreken');
  expect(Object.keys(await mapNodes(page))).toContain('missing:consultatiebureauwerking');

  await page.getByRole('navigation', { name: 'Onderdelen van het huis' }).getByRole('link', { name: 'Vragenlijst', exact: true }).click();
  const cb = page.getByTestId('type-consultatiebureauwerking');
  await cb.getByRole('radio', { name: 'Kernpartner' }).check({ force: true });
  await expect(page.getByTestId('message-consultatiebureauwerking')).toHaveText('Opgeslagen.');
  const ocmw = page.getByTestId('type-ocmw');
  await ocmw.getByRole('radio', { name: 'Minimaal' }).check({ force: true });
  await expect(page.getByTestId('message-ocmw')).toHaveText('Opgeslagen.');
  // Name an organisation: the type's answer then derives from it, and the view says so.
  const school = page.getByTestId('type-school-scholen');
  await school.getByRole('button', { name: '+ Organisatie benoemen' }).click();
  await school.getByLabel('Naam van de organisatie').fill('Basisschool De Linde');
  await school.locator('form select[name=level]').selectOption('gemiddeld');
  await school.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByTestId('derived-school-scholen')).toContainText('Afgeleid van 1 benoemde organisatie');
  // Keyboard: arrow keys move through the answers of one row; Enter saves the choice.
  await page.getByTestId('type-politie').getByRole('radio', { name: 'Niet', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('message-politie')).toHaveText('Opgeslagen.');
  await saveScreenshots(page, 'huis-vragenlijst');

  await page.getByRole('navigation', { name: 'Onderdelen van het huis' }).getByRole('link', { name: 'Kaart', exact: true }).click();
  await mapReady(page);
  await expect(page.getByTestId('map-summary')).toContainText('7 verplichte partners ontbreken');
  let nodes = await mapNodes(page);
  expect(nodes).not.toHaveProperty('missing:consultatiebureauwerking');
  expect(nodes['type:consultatiebureauwerking']).toBeLessThan(nodes['type:ocmw']);
  const before = nodes['type:ocmw'];

  // On the map: select OCMW, make it kernpartner; it moves to the kernpartners' ring (the free
  // place nearest its spot there), drawn as a kernpartner, and nothing else moves.
  await page.getByRole('button', { name: 'Toon OCMW op de kaart' }).click();
  const editor = page.getByTestId('entry-editor');
  await editor.getByRole('radio', { name: 'Kernpartner' }).check();
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByTestId('entry-editor-message')).toHaveText('Opgeslagen.');
  await expect.poll(async () => (await mapNodes(page))['type:ocmw']).not.toBe(before);
  await mapReady(page);
  const after = await mapNodes(page);
  for (const [id, distance] of Object.entries(nodes)) if (id !== 'type:ocmw') expect(after[id], id).toBe(distance);
  nodes = after;

  // Nog niet: the expansion plan, shown in the focus panel.
  await page.getByRole('button', { name: 'Toon Bibliotheek op de kaart' }).click();
  await editor.getByRole('radio', { name: 'Nog niet' }).check();
  await editor.getByLabel('Trekker').fill('Sofie');
  await editor.getByLabel('Volgende stap').fill('Kennismaking met de bibliothecaris');
  await editor.getByLabel('Streefdatum').fill('2027-01-15');
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByTestId('focus-panel')).toContainText('Kennismaking met de bibliothecaris · trekker: Sofie · tegen 15-01-2027');
  await saveScreenshots(page, 'huis-kaart-bewerken');

  // Every change is in the history, per house and per actor.
  await page.getByRole('link', { name: 'Geschiedenis van dit antwoord' }).click();
  await expect(page.getByRole('heading', { name: 'Geschiedenis van Bibliotheek' })).toBeVisible();
  await expect(page.getByTestId('history')).toContainText('betrokkenheid: Minimaal → Nog niet');
  await expect(page.getByTestId('history')).toContainText('Sofie Coördinator');
  await page.getByRole('link', { name: '← Alle wijzigingen van dit huis' }).click();
  await expect(page.getByTestId('history')).toContainText('Organisatie benoemd: Basisschool De Linde');
  await expect(page.getByTestId('history')).toContainText('betrokkenheid: — → Kernpartner');
});

test('a stale edit from a second browser is refused with the current value, never silently overwritten', async ({ browser }) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  const a = await first.newPage();
  const b = await second.newPage();
  await signIn(a, fixture.user, `/huizen/${fixture.houseId}/vragenlijst`);
  await signIn(b, fixture.user, `/huizen/${fixture.houseId}/vragenlijst`);

  await b.getByTestId('type-caw').getByRole('radio', { name: 'Gemiddeld' }).check({ force: true });
  await expect(b.getByTestId('message-caw')).toHaveText('Opgeslagen.');

  // The first browser still shows the old state and tries another answer.
  await a.getByTestId('type-caw').getByRole('radio', { name: 'Niet', exact: true }).check({ force: true });
  const message = a.getByTestId('message-caw');
  await expect(message).toHaveAttribute('data-status', 'stale');
  await expect(message).toContainText('Iemand anders heeft dit intussen gewijzigd. Huidige waarde: Gemiddeld.');
  await expect(a.getByTestId('type-caw').getByRole('radio', { name: 'Gemiddeld' })).toBeChecked();

  await b.reload();
  await expect(b.getByTestId('type-caw').getByRole('radio', { name: 'Gemiddeld' })).toBeChecked();
  await first.close();
  await second.close();
});
