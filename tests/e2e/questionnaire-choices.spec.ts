import { expect, test } from '@playwright/test';
import { readHouseHistory } from '@/graph/repositories/history';
import { readHouseNetwork } from '@/graph/repositories/house-network';
import { createMapFixture, removeMapFixtures, signIn, type MapFixture } from './house-map-support';
import { saveScreenshots } from './screenshot';

let fixture: MapFixture;

test.beforeAll(async () => {
  fixture = await createMapFixture({
    answers: [{ type: 'consultatiebureauwerking', level: 'kernpartner' }, { type: 'caw', level: 'minimaal' }, { type: 'jeugddienst', level: 'kernpartner', derived: true }],
    actors: [{ name: 'Jeugddienst Proefstede', type: 'jeugddienst', level: 'kernpartner' }],
  });
});
test.afterAll(removeMapFixtures);

const changesOf = async (typeCode: string) => (await readHouseHistory(fixture.houseId, { target: `house:${fixture.houseId}/type:${typeCode}` })).length;
const answerOf = async (typeCode: string) => (await readHouseNetwork(fixture.houseId))!.types.find((t) => t.code === typeCode)!.answer;

test('arrow keys move the choice without saving; one choice is one save and one history entry', async ({ page }) => {
  // Issue 14, bug 3: three arrow presses wrote three history entries.
  await signIn(page, fixture.user, `/huizen/${fixture.houseId}/vragenlijst`);
  const politie = page.getByTestId('type-politie');
  await politie.getByRole('radio', { name: 'Niet', exact: true }).check({ force: true });
  await expect(page.getByTestId('message-politie')).toHaveText('Opgeslagen.');
  expect(await changesOf('politie')).toBe(1);

  // Niet → Niet aanwezig → Kernpartner → Gemiddeld with the keyboard: nothing saved yet.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(politie.getByRole('radio', { name: 'Gemiddeld' })).toBeChecked();
  await expect(politie.getByTestId('choice-pending')).toBeVisible();
  await page.waitForTimeout(500);
  expect(await changesOf('politie')).toBe(1);
  expect((await answerOf('politie'))!.level).toBe('niet');

  await page.keyboard.press('Enter');
  await expect(page.getByTestId('message-politie')).toHaveText('Opgeslagen.');
  await expect.poll(() => answerOf('politie').then((a) => a?.level)).toBe('gemiddeld');
  expect(await changesOf('politie')).toBe(2);

  // Moving on with Tab saves a keyboard choice once, too.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Tab');
  await expect.poll(() => answerOf('politie').then((a) => a?.level)).toBe('niet_aanwezig');
  await page.waitForTimeout(500);
  expect(await changesOf('politie')).toBe(3);

  // Escape goes back to the saved answer, and saves nothing.
  await politie.getByRole('radio', { name: 'Niet aanwezig' }).focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Escape');
  await expect(politie.getByRole('radio', { name: 'Niet aanwezig' })).toBeChecked();
  await page.waitForTimeout(500);
  expect(await changesOf('politie')).toBe(3);
});

test('naming a weaker organisation shows the lowered answer and lowers it only when chosen', async ({ page }) => {
  // Issue 14, bug 2: a Gemiddeld organisation silently lowered an own Kernpartner answer.
  await signIn(page, fixture.user, `/huizen/${fixture.houseId}/vragenlijst`);
  const cb = page.getByTestId('type-consultatiebureauwerking');
  await cb.getByRole('button', { name: '+ Organisatie benoemen' }).click();
  const form = page.getByTestId('add-actor-consultatiebureauwerking');
  await form.getByLabel('Naam van de organisatie').fill('Consultatiebureau Kerkstraat');
  await form.locator('select[name=level]').selectOption('kernpartner');
  await expect(form.getByTestId('derived-change-consultatiebureauwerking')).toHaveCount(0);
  await form.locator('select[name=level]').selectOption('gemiddeld');
  const choice = form.getByLabel('Verlaag Consultatiebureauwerking van Kernpartner naar Gemiddeld');
  await expect(choice).not.toBeChecked();
  await saveScreenshots(page, 'vragenlijst-verlagen');

  // Without the choice the server refuses and writes nothing.
  await form.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(form.getByRole('alert')).toContainText('Er werd niets opgeslagen: dit zou het antwoord voor Consultatiebureauwerking (van Kernpartner naar Gemiddeld) verlagen.');
  expect(await answerOf('consultatiebureauwerking')).toMatchObject({ level: 'kernpartner', derived: false });
  expect((await readHouseNetwork(fixture.houseId))!.actors.map((a) => a.name)).not.toContain('Consultatiebureau Kerkstraat');

  await choice.check();
  await form.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByTestId('derived-consultatiebureauwerking')).toContainText('Afgeleid van 1 benoemde organisatie');
  expect(await answerOf('consultatiebureauwerking')).toMatchObject({ level: 'gemiddeld', derived: true });

  // A raise is said, not asked.
  const caw = page.getByTestId('type-caw');
  await caw.getByRole('button', { name: '+ Organisatie benoemen' }).click();
  await page.getByTestId('add-actor-caw').locator('select[name=level]').selectOption('kernpartner');
  await expect(page.getByTestId('derived-change-caw')).toHaveText('Het antwoord wordt dan CAW: Minimaal → Kernpartner.');

  // Lowering the only organisation of a type asks first, too.
  const jeugd = page.getByTestId('type-jeugddienst');
  const select = jeugd.getByLabel('Betrokkenheid van Jeugddienst Proefstede');
  await select.selectOption('minimaal');
  const lowering = jeugd.getByLabel('Verlaag Jeugddienst van Kernpartner naar Minimaal');
  await expect(lowering).toBeVisible();
  expect((await answerOf('jeugddienst'))!.level).toBe('kernpartner');
  await lowering.check();
  await jeugd.getByRole('button', { name: 'Opslaan' }).click();
  await expect.poll(() => answerOf('jeugddienst').then((a) => a?.level)).toBe('minimaal');
});

test('the import preview lists every answer it derives differently and imports a lowering only when ticked', async ({ page }) => {
  const own = await createMapFixture({ answers: [{ type: 'ocmw', level: 'kernpartner' }, { type: 'bibliotheek', level: 'minimaal' }] });
  const csv = 'Soort actor;Actor;Betrokkenheid\nOCMW;Sociaal Huis Proefstede;Gemiddeld\nBibliotheek;Bib Proefstede;Kernpartner\nCAW;CAW Oost;Minimaal\n';
  await signIn(page, own.user, `/huizen/${own.houseId}/importeren`);
  const panel = page.getByTestId('import-panel');
  await panel.locator('input[type=file]').setInputFiles({ name: 'partners.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await panel.getByRole('button', { name: 'Controleren' }).click();
  await expect(panel.getByTestId('import-summary')).toContainText('0 fouten');
  const derived = panel.getByTestId('derived-answers');
  await expect(derived).toContainText('3 antwoorden op vraag 4 wijzigen mee');
  await expect(derived).toContainText('Bibliotheek: Minimaal → Kernpartner');
  await expect(derived).toContainText('CAW: Geen antwoord → Minimaal');
  const lower = derived.getByLabel('Verlaag OCMW van Kernpartner naar Gemiddeld');
  const importButton = panel.getByRole('button', { name: 'Importeren (3 wijzigingen)' });
  await expect(importButton).toBeDisabled();
  await saveScreenshots(page, 'import-huis-verlagen');
  expect((await readHouseNetwork(own.houseId))!.actors).toHaveLength(0);

  await lower.check();
  await importButton.click();
  await expect(panel).toHaveAttribute('data-step', 'done');
  await expect(panel.getByTestId('derived-done')).toContainText('OCMW: Kernpartner → Gemiddeld');
  expect((await readHouseNetwork(own.houseId))!.types.find((t) => t.code === 'ocmw')!.answer).toMatchObject({ level: 'gemiddeld', derived: true });
});
