import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { readHouseAnswers } from '@/graph/repositories/overview';
import type { TestUser } from '../support/test-users';
import { overviewUser, removeOverviewUsers, signInAs } from './overview-support';
import { scrollMapIntoView } from './map-support';
import { saveScreenshots } from './screenshot';

// Kind en Gezin's overview over the demo houses of the test database.
test.describe.configure({ mode: 'serial' });

let agency: TestUser;
let coordinator: TestUser;

test.beforeAll(async () => {
  agency = await overviewUser('kind_en_gezin');
  coordinator = await overviewUser('coordinator');
});
test.afterAll(() => removeOverviewUsers());

/** Chooses a house in a searchable picker by typing part of it and clicking the option. */
async function pickHouse(page: Page, label: string, typed: string, name: string) {
  const field = page.getByRole('combobox', { name: label, exact: true });
  await field.fill(typed);
  await page.getByRole('listbox', { name: label, exact: true }).getByRole('option', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) }).click();
  await expect(field).toHaveValue(name);
}

test('the house table filters, searches, sorts and links to each map', async ({ page }) => {
  await signInAs(page, agency, '/overzicht');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overzicht Kind en Gezin');
  await expect(page.getByRole('navigation', { name: 'Overzicht' }).getByRole('link', { name: 'Huizen' })).toHaveAttribute('aria-current', 'page');
  const table = page.getByTestId('house-table');
  await expect(page.getByRole('status').first()).toContainText('116 huizen');
  expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(116);
  await saveScreenshots(page, 'overzicht-huizen');

  await page.getByLabel('Provincie').selectOption('Limburg');
  await page.getByLabel('Intergemeentelijk').selectOption('nee');
  await page.getByRole('button', { name: 'Toepassen' }).click();
  await expect(page).toHaveURL(/provincie=Limburg/);
  const limburg = await table.locator('tbody tr').count();
  expect(limburg).toBeGreaterThan(4);
  expect(limburg).toBeLessThan(116);
  for (const cell of await table.locator('tbody tr td:nth-child(2)').allTextContents()) expect(cell).toBe('Limburg');

  await table.getByRole('link', { name: /^Kernpartners/ }).click();
  await expect(table.getByRole('columnheader', { name: /Kernpartners/ })).toHaveAttribute('aria-sort', 'descending');
  const kern = (await table.locator('tbody tr td:nth-child(5)').allTextContents()).map(Number);
  expect(kern).toEqual([...kern].sort((a, b) => b - a));
  await expect(page).toHaveURL(/provincie=Limburg.*sorteer=kernpartners/);

  const first = table.locator('tbody tr').first().getByRole('link');
  const name = (await first.textContent())!;
  await page.getByLabel('Zoeken').fill(name.replace('Huis van het Kind ', '').replace(' (fictief)', ''));
  await page.getByRole('button', { name: 'Toepassen' }).click();
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await table.getByRole('link', { name }).click();
  await expect(page).toHaveURL(/\/huizen\/demo-\d+/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name.replace(' (fictief)', ''));
});

test('filter to houses with gaps, open one, and see the same gap on its map', async ({ page }) => {
  await signInAs(page, agency, '/overzicht/verplichte-partners');
  const matrix = page.getByTestId('mandatory-matrix');
  await expect(matrix.locator('tfoot tr[data-total="gaps"] td[data-type="inloopteam"]')).toHaveText('27');
  await saveScreenshots(page, 'overzicht-verplichte-partners');
  // By default only the gaps in types the 2016 questionnaire asked about count; then only houses with a gap.
  await page.getByRole('link', { name: 'Alleen huizen met een hiaat' }).click();
  await expect(page).toHaveURL(/hiaat=ja/);
  // The link says its state in words (aria-pressed belongs to buttons).
  await expect(page.getByRole('link', { name: 'Alleen huizen met een hiaat (staat aan; klik om alle huizen te tonen)' })).toBeVisible();
  const rows = matrix.locator('tbody tr');
  expect(await rows.count()).toBe(78);
  for (const gaps of await matrix.locator('tbody tr td:last-child').allTextContents()) expect(Number(gaps)).toBeGreaterThan(0);
  // Never a gap where the offer is not in the area.
  expect(await matrix.locator('td [data-state="not_in_area"]').count()).toBeGreaterThan(50);
  await expect(matrix.locator('td:has([data-state="not_in_area"]) .sr-only')).toHaveCount(0);

  // The first house with a gap in a type that must join (lokaal bestuur is Art. 7, not on the map's list).
  const row = rows.filter({ has: page.locator('td:not([data-type="lokaal-bestuur"]) [data-state="gap"]') }).first();
  const gapType = await row.locator('td:not([data-type="lokaal-bestuur"]):has([data-state="gap"])').first().getAttribute('data-type');
  const typeName = (await matrix.locator(`thead th`).nth(await headerIndex(page, gapType!)).getAttribute('title'))!.split(' · ')[0];
  const houseLink = row.getByRole('link');
  const houseName = (await houseLink.getAttribute('title'))!;
  await houseLink.click();
  await expect(page).toHaveURL(/\/huizen\/demo-\d+/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(houseName.replace(' (fictief)', ''));
  const mapRow = page.locator('tr[data-entry]').filter({ hasText: typeName }).filter({ hasText: 'verplicht, ontbreekt' });
  await expect(mapRow.first()).toBeAttached();
  await expect(page.getByTestId('map-summary')).toContainText(/verplichte partners? ontbre/);
});

test('the status line says what the table shows: 78 houses with a gap at first, the two unasked types counted apart', async ({ page }) => {
  // Issue 14, bug 5: "116 huizen in deze selectie · 78 met een hiaat" above 78 rows; "116 huizen … Geen huizen".
  await signInAs(page, agency, '/overzicht');
  const status = page.getByTestId('selection-status');
  const rows = page.getByTestId('house-table').locator('tbody tr');
  const total = await rows.count();
  await expect(status).toContainText(`${total} huizen · 78 met een hiaat bij de verplichte partners.`);
  await expect(status).toContainText('(niet bevraagd in 2016) telt niet als hiaat');

  await page.getByLabel('Hiaten').selectOption('ja');
  await page.getByRole('button', { name: 'Toepassen' }).click();
  await expect(rows).toHaveCount(78);
  await expect(status).toContainText(`78 van ${total} huizen in deze selectie · 78 met een hiaat`);

  await page.getByLabel('Hiaten').selectOption('nee');
  await page.getByRole('button', { name: 'Toepassen' }).click();
  await expect(rows).toHaveCount(total - 78);
  await expect(status).toContainText(`${total - 78} van ${total} huizen in deze selectie · 0 met een hiaat`);

  // Counting every missing answer: then every house has a gap, and the status line says none is left.
  await page.getByLabel(/als hiaat tellen/).check();
  await page.getByRole('button', { name: 'Toepassen' }).click();
  await expect(page).toHaveURL(/nietbevraagd=hiaat/);
  await expect(rows).toHaveCount(0);
  await expect(status).toContainText(`Geen van de ${total} huizen valt in deze selectie.`);
  await saveScreenshots(page, 'overzicht-geen-huizen');
});

async function headerIndex(page: import('@playwright/test').Page, code: string): Promise<number> {
  const codes = await page.getByTestId('mandatory-matrix').locator('tbody tr').first().locator('td[data-type]').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-type')));
  return codes.indexOf(code) + 1; // column 0 is the house
}

test('the matrix downloads as XLSX with a frozen header row, and reads back', async ({ page }) => {
  await signInAs(page, agency, '/overzicht/verplichte-partners?hiaat=ja&provincie=Limburg');
  const shown = await page.getByTestId('mandatory-matrix').locator('tbody tr').count();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download Excel (XLSX)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^netwerkkaart-verplichte-partners-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync((await download.path())!) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet('Verplichte partners')!;
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(header).toEqual(['Code', 'Huis', 'Provincie', 'Verstedelijkingsgraad', 'Lokaal bestuur', 'Consultatiebureau', 'Regioteam K&G', 'Opvoedingswinkel/-punt',
    'Spel en ontmoeting', 'Inloopteam', 'Gezinsondersteuning aan huis', 'Prenatale steunpunten', 'Aanbod onderwijskansen', 'Hiaten (n)']);
  expect(sheet.rowCount).toBe(1 + shown + 5);
  for (let r = 2; r <= shown + 1; r++) {
    expect(sheet.getRow(r).getCell(3).value).toBe('Limburg');
    expect(sheet.getRow(r).getCell(13).value).toBe('Geen antwoord (niet bevraagd in 2016)');
    expect(sheet.getRow(r).getCell(14).value).toBeGreaterThan(0);
  }
  expect(sheet.getRow(shown + 2).getCell(2).value).toBe('Totaal hiaten');
  const notes = workbook.getWorksheet('Toelichting')!;
  // The date is an Excel date (shown dd-mm-jjjj), not text.
  expect(notes.getRow(2).getCell(2).value).toBeInstanceOf(Date);
  expect(notes.getRow(2).getCell(2).numFmt).toBe('dd-mm-yyyy');
  expect(notes.getRow(4).getCell(2).value).toBe('provincie Limburg, alleen huizen met een hiaat');

  const csv = await page.request.get('/api/overzicht/huizen?formaat=csv&provincie=Limburg');
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text.slice(1).split('\r\n')[0]).toBe('Code;Huis;Gemeenten;Provincie;Verstedelijkingsgraad;Intergemeentelijk;Direct betrokken;Kernpartners;Nog niet;Indirect;Hiaten (n);Ontbrekende verplichte partners');
});

test('the minimum offer check names, per house, what covers each function', async ({ page }) => {
  await signInAs(page, agency, '/overzicht/minimumaanbod');
  const table = page.getByTestId('minimum-offer-table');
  expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(116);
  await expect(table.locator('tbody tr').first().locator('td[data-function="preventieve-gezondheidszorg"]')).toContainText(/gedekt/);
  await expect(page.getByRole('heading', { name: 'Welke actoren tellen voor welke functie' })).toBeVisible();
  await expect(page.getByText('Huisartsen(kringen)').first()).toBeVisible();
  await saveScreenshots(page, 'overzicht-minimumaanbod');
});

test('compare a house with houses of the same urbanisation degree, and with all', async ({ page }) => {
  await signInAs(page, agency, '/overzicht/vergelijken');
  await pickHouse(page, 'Huis', 'beverdorp', 'Huis van het Kind Beverdorp (fictief)');
  await page.getByRole('button', { name: 'Vergelijken' }).click();
  await expect(page).toHaveURL(/huis=demo-005&groep=verstedelijking/);
  const comparison = page.getByTestId('comparison');
  await expect(comparison).toContainText('44 andere huizen in buitengebied');
  const row = comparison.locator('tr[data-type="lokaal-bestuur"]');
  await expect(row).toContainText('Kernpartner');
  await expect(row).toContainText('%');
  await page.getByLabel('alle huizen').check();
  await page.getByRole('button', { name: 'Vergelijken' }).click();
  await expect(comparison).toContainText('115 andere huizen');
  await saveScreenshots(page, 'overzicht-vergelijken');
});

test('compare house A beside house B, both chosen with the searchable picker', async ({ page }) => {
  await signInAs(page, agency, '/overzicht/vergelijken?huis=demo-005');
  const other = page.getByRole('combobox', { name: 'Ander huis' });
  // The keyboard: type a municipality, move down the list, choose with Enter (the form is not sent).
  await other.fill('bremkap');
  await expect(page.getByRole('listbox', { name: 'Ander huis' }).getByRole('option')).toHaveText(['Huis van het Kind Bremkapelle (fictief)Bremkapelle · Antwerpen · regiostedelijk']);
  await saveScreenshots(page, 'overzicht-vergelijken-kiezer');
  await other.press('ArrowDown');
  await other.press('Enter');
  await expect(other).toHaveValue('Huis van het Kind Bremkapelle (fictief)');
  await expect(page.getByLabel('één ander huis')).toBeChecked();
  await page.getByRole('button', { name: 'Vergelijken' }).click();
  await expect(page).toHaveURL(/huis=demo-005&groep=huis&met=demo-010/);
  const pair = page.getByTestId('house-pair');
  await expect(pair.getByRole('link', { name: 'Huis van het Kind Beverdorp (fictief)' })).toBeVisible();
  await expect(pair.getByRole('link', { name: 'Huis van het Kind Bremkapelle (fictief)' })).toBeVisible();
  // The rows agree with the two houses' answers in the database, and the summary counts them.
  const [a, b] = await Promise.all([readHouseAnswers('demo-005'), readHouseAnswers('demo-010')]);
  const levelOf = (house: typeof a, code: string) => house!.answers.find((x) => x.typeCode === code)?.level ?? null;
  const rows = pair.locator('tbody tr');
  const codes = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-type')!));
  const differing = codes.filter((code) => levelOf(a, code) !== levelOf(b, code));
  expect(differing.length).toBeGreaterThan(0);
  await expect(pair.locator('tbody tr[data-differs="true"]')).toHaveCount(differing.length);
  await expect(page.getByTestId('pair-summary')).toContainText(`Bij ${differing.length} van de ${codes.length} soorten actoren verschilt het antwoord.`);
  const lokaal = pair.locator('tr[data-type="lokaal-bestuur"] td');
  await expect(lokaal.nth(0).locator('[data-level]')).toHaveAttribute('data-level', levelOf(a, 'lokaal-bestuur')!);
  await expect(lokaal.nth(1).locator('[data-level]')).toHaveAttribute('data-level', levelOf(b, 'lokaal-bestuur')!);
  await saveScreenshots(page, 'overzicht-vergelijken-twee-huizen');

  // The same house twice, or a house that is not there, gets a Dutch message.
  await page.goto('/overzicht/vergelijken?huis=demo-005&groep=huis&met=demo-005');
  await expect(page.getByRole('alert').first()).toContainText('Kies een ander huis om mee te vergelijken dan het huis zelf.');
  await page.goto('/overzicht/vergelijken?huis=demo-005&groep=huis&met=demo-999');
  await expect(page.getByRole('alert').first()).toContainText('Er is geen huis met de code “demo-999”.');
});

test('the regional view draws one region at a time with legible labels, and a click on a house opens it', async ({ page }) => {
  await signInAs(page, agency, '/overzicht/regio?provincie=Limburg');
  const map = page.getByTestId('regional-map');
  await expect(map).toHaveAttribute('data-layout-ready', 'true');
  const choice = page.getByTestId('region-choice');
  const options = await choice.locator('option').allTextContents();
  expect(options.length).toBeGreaterThan(1);
  expect(options[0]).toMatch(/^Regio 1 · Limburg · \d+ huizen: /);
  const table = page.getByTestId('regional-table');
  const organisations = await table.locator('tbody tr').count();
  const regionHouses = await page.getByTestId('region-houses').getByRole('link').count();
  type Cy = import('cytoscape').Core;
  const picture = () => page.evaluate(() => {
    const cy = (window as unknown as { netwerkkaartRegio: { cy: Cy } }).netwerkkaartRegio.cy;
    const rect = cy.container()!.getBoundingClientRect();
    return {
      organisations: cy.nodes('.organisation').length,
      houses: cy.nodes('.house').map((n) => ({ id: n.id(), x: rect.left + n.renderedPosition().x, y: rect.top + n.renderedPosition().y, inside: n.renderedPosition().x > 20 && n.renderedPosition().x < rect.width - 20 && n.renderedPosition().y > 20 && n.renderedPosition().y < rect.height - 20 })),
      // Every label as it is drawn on screen: its font size times the zoom.
      smallestLabel: Math.min(...cy.nodes().map((n) => parseFloat(n.style('font-size')) * cy.zoom())),
    };
  });
  const first = await picture();
  // One region: the picture holds its houses and organisations only, as the table does.
  expect(first.organisations).toBe(organisations);
  expect(first.houses.length).toBe(regionHouses);
  const status = await page.getByRole('status').filter({ hasText: 'Regio 1 van' }).innerText();
  const inRegions = Number(/(\d+) huizen in \d+ regio/.exec(status)![1]);
  expect(first.houses.length).toBeLessThan(inRegions);
  expect(first.smallestLabel).toBeGreaterThanOrEqual(12);
  expect(Number(await map.getAttribute('data-min-label-px'))).toBeGreaterThanOrEqual(12);
  await saveScreenshots(page, 'overzicht-regio');

  // The second region, chosen in the form.
  await choice.selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Toon' }).click();
  await expect(page).toHaveURL(/regio=[a-z0-9-]+/);
  await expect(map).toHaveAttribute('data-layout-ready', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Regio 2 van' })).toBeVisible();
  const second = await picture();
  expect(second.houses.map((h) => h.id).some((id) => first.houses.some((f) => f.id === id))).toBe(false);
  expect(second.smallestLabel).toBeGreaterThanOrEqual(12);

  // An organisation explains itself; a house opens on a click.
  const org = await table.locator('tbody tr').first().getAttribute('data-organisation');
  await page.evaluate((id) => (window as unknown as { netwerkkaartRegio: { cy: Cy } }).netwerkkaartRegio.cy.getElementById(`org:${id}`).emit('tap'), org);
  await expect(page.getByTestId('regional-details')).toContainText(/Kernpartner in|Betrokken/);
  // A real click on a house that is drawn inside the frame, with the map in view (and the page
  // done scrolling, so Cytoscape knows where its frame is).
  await scrollMapIntoView(map);
  const house = (await picture()).houses.find((h) => h.inside)!;
  await page.mouse.click(house.x, house.y);
  await page.waitForURL(`**/huizen/${house.id.replace(/^house:/, '')}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Huis van het Kind');
});

test('the printable report carries title, Belgian date, selection, table, matrix and legend, on A4 landscape', async ({ page }) => {
  await signInAs(page, agency, '/overzicht');
  await page.goto('/overzicht?provincie=Limburg&hiaat=ja');
  await page.getByRole('link', { name: 'Rapport afdrukken (A4)' }).click();
  await expect(page).toHaveURL(/\/overzicht\/afdrukken\?provincie=Limburg&hiaat=ja/);
  const report = page.getByTestId('print-report');
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('Huizen van het Kind: verplichte partners en samenwerkingsverband');
  await expect(page.getByTestId('print-date')).toHaveText(/^\d{2}-\d{2}-\d{4}$/);
  await expect(report).toContainText('provincie Limburg, alleen huizen met een hiaat');
  const rows = await page.getByTestId('print-house-table').locator('tbody tr').count();
  expect(rows).toBeGreaterThan(4);
  await expect(page.getByTestId('mandatory-matrix').locator('tbody tr')).toHaveCount(rows);
  await expect(report.getByRole('heading', { name: 'Legende' })).toBeAttached();
  const pageRule = await page.evaluate(() =>
    [...document.styleSheets].flatMap((sheet) => { try { return [...sheet.cssRules]; } catch { return []; } })
      .filter((rule) => rule instanceof CSSPageRule).map((rule) => (rule as CSSPageRule).style.getPropertyValue('size')),
  );
  expect(pageRule.map((size) => size.toLowerCase())).toContain('a4 landscape');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Afdrukken of bewaren als pdf' })).toBeHidden();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  await page.emulateMedia({ media: 'screen' });
  await saveScreenshots(page, 'overzicht-afdrukken');
});

test('coordinators get no cross-house data: no menu item, and “Geen toegang” when they type the address', async ({ page }) => {
  await signInAs(page, coordinator, '/');
  // Issue 14, bug 7: the menu offered the overview, which then answered with an English 404.
  await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Overzicht Kind en Gezin' })).toHaveCount(0);
  expect((await page.goto('/overzicht'))?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geen toegang');
  await expect(page.getByTestId('forbidden')).toContainText('u bent aangemeld als Coördinator');
  await saveScreenshots(page, 'geen-toegang');
  expect((await page.goto('/overzicht/verplichte-partners'))?.status()).toBe(403);
  expect((await page.goto('/overzicht/vergelijken?huis=demo-005'))?.status()).toBe(403);
  expect((await page.goto('/overzicht/regio'))?.status()).toBe(403);
  expect((await page.goto('/overzicht/afdrukken'))?.status()).toBe(403);
  const api = await page.request.get('/api/overzicht/huizen?formaat=csv');
  expect(api.status()).toBe(403);
  expect(await api.json()).toEqual({ message: 'U hebt geen toegang tot deze gegevens.' });
});
