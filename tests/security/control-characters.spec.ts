import ExcelJS from 'exceljs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { writeTx } from '@/graph/session';
import { callAction, pagePath, readActionManifest, signedIn } from './http';
import { createSecurityFixture, removeSecurityFixture, type SecurityFixture } from './fixture';

// Issue 15, item 8: a name with a NUL character made kaart.svg invalid XML. Control characters
// are now refused at input (one rule for every form, lib/domain/plain-text.ts) and replaced in
// every XML the app writes; the SVG is parsed here by a real XML parser (Chromium's).
let fixture: SecurityFixture;
let coordinator: APIRequestContext;
let baseURL: string;
const IDLE_ENTRY = { status: 'idle', message: '', fieldErrors: {} };

test.beforeAll(async ({ playwright }, info) => {
  baseURL = info.project.use.baseURL!;
  fixture = await createSecurityFixture('control');
  coordinator = await signedIn(playwright, baseURL, fixture.coordinatorA.email, fixture.password);
});
test.afterAll(async () => {
  await coordinator?.dispose();
  await removeSecurityFixture(fixture);
});

test('a name with a control character is refused in Dutch and nothing is written', async () => {
  const action = readActionManifest().get('app/huizen/[id]/actions.ts#addActorAction')!;
  const path = pagePath(action.pages.find((p) => p.includes('huizen')) ?? action.pages[0], fixture.houseA);
  // (A lone surrogate cannot travel in UTF-8 form data: the browser sends U+FFFD instead.)
  for (const name of ['Politie\u0000zone', 'CAW\u001bNoord', 'OCMW\u0085', 'Bib\uffff']) {
    const response = await callAction(coordinator, { id: action.id, path, args: [fixture.houseA], prev: IDLE_ENTRY, fields: { typeCode: 'politie', name, level: 'kernpartner' } });
    const text = await response.text();
    expect(text, JSON.stringify(name)).toContain('onzichtbaar stuurteken');
    expect(text).not.toContain('"status":"saved"');
  }
});

test('names already in the database with control characters still give valid SVG and Excel', async ({ page }) => {
  // Data from before the rule (or from a restore): written straight into the graph.
  await writeTx((tx) =>
    tx.run(
      `MATCH (h:House {id: $house}), (t:ActorType {code: 'politie'})
       CREATE (a:Actor {id: $id, name: $name, regional: false})-[:OF_TYPE]->(t)
       CREATE (h)-[:INVOLVES {level: 'kernpartner', version: 1, note: $note}]->(a)`,
      { house: fixture.houseA, id: `${fixture.houseA}-nul`, name: 'Politiezone\u0000Noord\u0008 <&>', note: 'nota\u0001' },
    ),
  );
  const svg = await coordinator.get(`/api/huizen/${fixture.houseA}/kaart.svg`);
  expect(svg.status()).toBe(200);
  const text = await svg.text();
  await page.goto('about:blank');
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const error = doc.getElementsByTagName('parsererror')[0];
    return { error: error?.textContent ?? null, root: doc.documentElement.nodeName, titles: [...doc.getElementsByTagName('title')].map((t) => t.textContent) };
  }, text);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.titles).toContain('Politiezone\uFFFDNoord\uFFFD <&>');

  const xlsx = await coordinator.get(`/api/huizen/${fixture.houseA}/kaart.xlsx`);
  expect(xlsx.status()).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
  const cells = workbook.worksheets[0].getSheetValues().flat().map(String);
  expect(cells.some((c) => c.startsWith('Politiezone') && c.includes('Noord'))).toBe(true);

  // The print view (the SVG inline in HTML) shows the name too.
  await page.context().addCookies((await coordinator.storageState()).cookies);
  await page.goto(`${baseURL}/huizen/${fixture.houseA}/afdrukken`);
  await expect(page.getByTestId('print-view').locator('svg title', { hasText: 'Politiezone' }).first()).toBeAttached();
});

test('an import with a control character in a cell shows the problem on that cell', async () => {
  const csv = 'Soort actor;Actor;Betrokkenheid\r\nPolitie;Zone\u0007Oost;kernpartner\r\n';
  const response = await coordinator.post(`/api/huizen/${fixture.houseA}/import?stap=voorbeeld`, { multipart: { bestand: { name: 'lijst.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') } } });
  const body = await response.text();
  expect(body).toContain('Cel B2 bevat een onzichtbaar stuurteken');
});
