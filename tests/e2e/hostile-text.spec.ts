import { expect, test, type APIRequestContext } from '@playwright/test';
import { createSecurityFixture, removeSecurityFixture, type SecurityFixture } from '../security/fixture';
import { callAction, readActionManifest, signedIn } from '../security/http';

// User-supplied text round-trips harmlessly: an organisation named like an HTML injection and one
// named like a spreadsheet formula, added through the app's own action, shown on the pages, the
// map, the SVG and the CSV (issue 7).
const HTML_NAME = '<img src=x onerror=alert(1)>';
const FORMULA_NAME = '=HYPERLINK("x")';


let fixture: SecurityFixture;
let coordinator: APIRequestContext;

test.beforeAll(async ({ playwright }, info) => {
  const baseURL = info.project.use.baseURL!;
  fixture = await createSecurityFixture('xss');
  coordinator = await signedIn(playwright, baseURL, fixture.coordinatorA.email, fixture.password);
  const addActor = readActionManifest().get('app/huizen/[id]/actions.ts#addActorAction')!;
  for (const name of [HTML_NAME, FORMULA_NAME]) {
    const answer = await callAction(coordinator, {
      id: addActor.id,
      path: `/huizen/${fixture.houseA}`,
      args: [fixture.houseA],
      prev: { status: 'idle', message: '', fieldErrors: {} },
      fields: { typeCode: 'politie', name, level: 'kernpartner' },
    });
    expect(await answer.text()).toContain('Organisatie toegevoegd.');
  }
});

test.afterAll(async () => {
  await coordinator?.dispose();
  await removeSecurityFixture(fixture);
});

for (const sub of ['', '/vragenlijst', '/geschiedenis', '/afdrukken']) {
  test(`the names are shown as text, never run, on /huizen/{house}${sub}`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.context().addCookies((await coordinator.storageState()).cookies);
    await page.goto(`/huizen/${fixture.houseA}${sub}`);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('body')).toContainText(HTML_NAME);
    await expect(page.locator('body')).toContainText(FORMULA_NAME);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });
}

for (const path of ['kaart.svg', 'eerste-beeld.svg?weergave=ringen&beeld=laptop', 'eerste-beeld.svg?weergave=clusters&beeld=telefoon']) {
  test(`the SVG of /api/huizen/{house}/${path} carries the names as escaped text`, async ({ page }) => {
    await svgCarriesNamesAsText(page, path);
  });
}

/** The SVG export and the map page's first picture: every name escaped, nothing that runs. */
async function svgCarriesNamesAsText(page: import('@playwright/test').Page, path: string) {
  const response = await coordinator.get(`/api/huizen/${fixture.houseA}/${path}`);
  expect(response.status()).toBe(200);
  const svg = await response.text();
  expect(svg).not.toContain('<img');
  expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return { error: doc.querySelector('parsererror') !== null, images: doc.querySelectorAll('img, image, script, foreignObject').length, text: doc.documentElement.textContent ?? '' };
  }, svg);
  expect(parsed.error).toBe(false);
  expect(parsed.images).toBe(0);
  expect(parsed.text).toContain(HTML_NAME);
  expect(parsed.text).toContain(FORMULA_NAME);
}

test('the CSV export neutralises the formula and keeps the markup as plain text', async () => {
  const response = await coordinator.get(`/api/huizen/${fixture.houseA}/kaart.csv`);
  expect(response.status()).toBe(200);
  const csv = await response.text();
  expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  expect(csv).toContain(HTML_NAME);
  const cells = csv.replace(/^\uFEFF/, '').split(/\r\n/).flatMap((line) => line.split(';')).map((c) => c.replace(/^"/, ''));
  expect(cells.filter((c) => /^[=+\-@]/.test(c) && Number.isNaN(Number(c.replace(',', '.'))))).toEqual([]);
});
