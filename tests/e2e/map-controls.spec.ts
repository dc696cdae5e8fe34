import { expect, test, type Page } from '@playwright/test';
import { createMapFixture, mapReady, removeMapFixtures, signIn, type MapFixture } from './house-map-support';
import { mapZoom, nodeOnPage, scrollMapIntoView } from './map-support';

// The map's controls: zoom buttons and keys, the wheel at Cytoscape's own speed, full screen,
// focus on one actor and its neighbours, and on a phone the details in a bottom sheet.
let fixture: MapFixture;

test.beforeAll(async () => {
  fixture = await createMapFixture({
    answers: [
      { type: 'consultatiebureauwerking', level: 'kernpartner' },
      { type: 'ocmw', level: 'kernpartner' },
      { type: 'bibliotheek', level: 'gemiddeld' },
      { type: 'caw', level: 'minimaal' },
      { type: 'jeugddienst', level: 'nog_niet' },
    ],
    actors: [{ name: 'Basisschool De Linde', type: 'school-scholen', level: 'indirect', via: 'Scholenoverleg' }],
    forums: [{ name: 'Scholenoverleg', members: ['Basisschool De Linde'] }],
  });
});
test.afterAll(removeMapFixtures);

async function open(page: Page) {
  await signIn(page, fixture.user, `/huizen/${fixture.houseId}`);
  await mapReady(page);
  await scrollMapIntoView(page.getByTestId('house-map'));
}

/** Waits for the zoom to settle near `factor` times `from`. */
async function expectZoom(page: Page, from: number, factor: number) {
  await expect.poll(async () => Math.round(((await mapZoom(page)) / from) * 100) / 100).toBeCloseTo(factor, 1);
}

test('zoom in, zoom out and the whole map, by the buttons and by the keys + - 0 on the focused map', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page);
  const fitted = await mapZoom(page);
  const controls = page.getByTestId('map-controls');
  await controls.getByRole('button', { name: 'Inzoomen' }).click();
  await expectZoom(page, fitted, 1.25);
  await controls.getByRole('button', { name: 'Uitzoomen' }).click();
  await controls.getByRole('button', { name: 'Uitzoomen' }).click();
  await expectZoom(page, fitted, 0.8);
  await controls.getByRole('button', { name: 'Hele kaart in beeld' }).click();
  await expectZoom(page, fitted, 1);

  // The keyboard: Tab reaches the map, then its buttons; the focus is visible.
  const box = page.getByTestId('map-box');
  await box.focus();
  await page.keyboard.press('+');
  await expectZoom(page, fitted, 1.25);
  await page.keyboard.press('+');
  await expectZoom(page, fitted, 1.56);
  await page.keyboard.press('-');
  await expectZoom(page, fitted, 1.25);
  await page.keyboard.press('0');
  await expectZoom(page, fitted, 1);
  await page.keyboard.press('Tab');
  const zoomIn = controls.getByRole('button', { name: 'Inzoomen' });
  await expect(zoomIn).toBeFocused();
  expect(await zoomIn.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Enter');
  await expectZoom(page, fitted, 1.25);
  await page.keyboard.press('Shift+Tab');
  await expect(box).toBeFocused();
  expect(await box.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
});

test('the mouse wheel zooms at Cytoscape’s own speed, not a third of it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page);
  const before = await mapZoom(page);
  const centre = await nodeOnPage(page, 'house');
  await page.mouse.move(centre.x, centre.y);
  // Cytoscape ignores the wheel for a moment after the page itself scrolled (here: the map into view).
  await page.waitForTimeout(600);
  // Ten notches of a mouse wheel: Cytoscape samples the first four, then takes each as a notch.
  for (let i = 0; i < 10; i++) await page.mouse.wheel(0, -100);
  // At the default sensitivity ten notches zoom about 1.4 times (10^(4·0.02 + 6·0.012)); at 0.3, 1.11 times.
  await expect.poll(async () => (await mapZoom(page)) / before).toBeGreaterThan(1.3);
});

test('full screen: the map panel fills the screen with its legend, and comes back', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page);
  await page.getByRole('button', { name: 'Volledig scherm', exact: true }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id ?? null)).toBe('kaart');
  await expect(page.getByTestId('map-legend')).toBeInViewport();
  const map = (await page.getByTestId('house-map').boundingBox())!;
  expect(map.height, 'the map takes the screen’s height less the toolbar').toBeGreaterThan(800 - 200);
  await expect.poll(() => page.evaluate(() => (window as unknown as { netwerkkaartMap: { cy: import('cytoscape').Core } }).netwerkkaartMap.cy.height())).toBeGreaterThan(600);
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'test-results/screenshots/kaart-volledig-scherm-1280.png' });
  await page.getByRole('button', { name: 'Volledig scherm sluiten' }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
  await expect(page.getByRole('button', { name: 'Volledig scherm', exact: true })).toBeVisible();
});

test('focus on one actor: the map zooms to it and its neighbours, fades the rest, and goes back to the whole map', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page);
  const fitted = await mapZoom(page);
  await page.getByRole('button', { name: 'Toon Basisschool De Linde op de kaart' }).click();
  const panel = page.getByTestId('focus-panel');
  await expect(panel).toHaveAttribute('data-entry', /^actor:/);
  await panel.getByRole('button', { name: 'Focus op deze actor en zijn buren' }).click();
  await expect.poll(async () => (await mapZoom(page)) / fitted).toBeGreaterThan(1.3);
  const state = await page.evaluate(() => {
    const cy = (window as unknown as { netwerkkaartMap: { cy: import('cytoscape').Core } }).netwerkkaartMap.cy;
    const faded = cy.nodes('.faded').map((n) => n.id());
    return { faded, kept: cy.nodes('.entry').not('.faded').map((n) => n.id()) };
  });
  expect(state.kept).toEqual([expect.stringMatching(/^actor:/)]);
  expect(state.faded).toEqual(expect.arrayContaining(['type:ocmw', 'type:bibliotheek']));
  await expect(page.getByTestId('focus-chip')).toContainText('Focus: Basisschool De Linde');
  await page.screenshot({ path: 'test-results/screenshots/kaart-focus-1280.png' });
  await panel.getByRole('button', { name: 'Terug naar de hele kaart' }).click();
  await expectZoom(page, fitted, 1);
  await expect(page.getByTestId('focus-chip')).toHaveCount(0);
  // Closing the details takes the fading away.
  await panel.getByRole('button', { name: 'Sluit de details' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { netwerkkaartMap: { cy: import('cytoscape').Core } }).netwerkkaartMap.cy.nodes('.faded').length)).toBe(0);
});

test.describe('on a phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the map takes the full width; a tap opens the details and the edit form in a bottom sheet, in view; Escape closes it', async ({ page }) => {
    await open(page);
    const map = (await page.getByTestId('map-box').boundingBox())!;
    expect(map.x).toBe(0);
    expect(map.width).toBe(390);
    const node = await nodeOnPage(page, 'type:ocmw');
    await page.touchscreen.tap(node.x, node.y);
    const sheet = page.getByTestId('bottom-sheet');
    await expect(sheet).toBeVisible();
    await expect(sheet).toBeInViewport({ ratio: 1 });
    await expect(sheet.getByRole('heading', { name: 'OCMW' })).toBeFocused();
    await expect(sheet.getByTestId('entry-editor')).toBeAttached();
    await expect(sheet.getByRole('heading', { name: 'Wijzigen' })).toBeInViewport();
    const top = (await sheet.boundingBox())!.y;
    expect(top, 'the map stays visible above the sheet').toBeGreaterThan(250);
    // And the tapped actor in it, above the sheet.
    await expect.poll(async () => (await nodeOnPage(page, 'type:ocmw')).y).toBeLessThan(top - 20);
    await page.screenshot({ path: 'test-results/screenshots/kaart-telefoon-blad-390.png' });
    // The form works in the sheet.
    await sheet.getByRole('radio', { name: 'Gemiddeld' }).check();
    await sheet.getByRole('button', { name: 'Opslaan' }).click();
    await expect(sheet.getByTestId('entry-editor-message')).toHaveText('Opgeslagen.');
    await page.keyboard.press('Escape');
    await expect(sheet).toHaveCount(0);
    await expect(page.getByTestId('map-box')).toBeFocused();
    // Closed by its button too.
    const again = await nodeOnPage(page, 'type:consultatiebureauwerking');
    await page.touchscreen.tap(again.x, again.y);
    await expect(sheet).toBeInViewport();
    await sheet.getByRole('button', { name: 'Sluit de details' }).click();
    await expect(sheet).toHaveCount(0);
  });
});
