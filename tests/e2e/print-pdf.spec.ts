import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { writeArrangement } from '@/graph/repositories/arrangements';
import { createMapFixture, mapReady, removeMapFixtures, signIn, type MapFixture } from './house-map-support';
import { inked, near, renderPdf } from './pdf-pages';

// The print view printed to PDF by Chromium (page.pdf honours the page's @page size), rendered
// with poppler: page 1 holds the title, the map and its legend, and no page is empty.
let fixture: MapFixture;
const DPI = 40;
const SIZES = { A4: { width: 297, height: 210 }, A3: { width: 420, height: 297 } } as const;

test.beforeAll(async () => {
  fixture = await createMapFixture({
    answers: [
      { type: 'consultatiebureauwerking', level: 'kernpartner' },
      { type: 'ocmw', level: 'kernpartner' },
      { type: 'bibliotheek', level: 'gemiddeld' },
      { type: 'caw', level: 'minimaal' },
      { type: 'politie', level: 'niet_aanwezig' },
      { type: 'jeugddienst', level: 'nog_niet' },
    ],
    actors: [{ name: 'Basisschool De Linde', type: 'school-scholen', level: 'indirect', via: 'Scholenoverleg' }],
    forums: [{ name: 'Scholenoverleg', members: ['Basisschool De Linde'] }],
  });
  // The house's own arrangement of its rings: the print view draws it.
  await writeArrangement({
    houseId: fixture.houseId,
    layout: 'ringen',
    positions: JSON.stringify({ house: { x: 0, y: 0 }, 'type:ocmw': { x: -260, y: 60 } }),
    expectedVersion: 0,
    byName: 'Sofie Coördinator',
    change: () => ({ by: fixture.user.id, action: 'arrangement.save', target: `house:${fixture.houseId}/arrangement:ringen`, houseId: fixture.houseId }),
  });
});
test.afterAll(removeMapFixtures);

for (const format of ['A4', 'A3'] as const) {
  test(`printed on ${format}, page 1 holds the title, the map and its legend, and no page is empty`, async ({ page }) => {
    await signIn(page, fixture.user, `/huizen/${fixture.houseId}/afdrukken?formaat=${format}`);
    await expect(page.getByTestId('print-view')).toHaveAttribute('data-format', format);
    await expect(page.getByTestId('print-map')).toContainText('schikking: ringen (eigen schikking)');
    const dir = path.resolve('test-results', 'afdruk', format);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `afdruk-${format}.pdf`);
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));

    const pages = renderPdf(file, dir, DPI);
    // The map, the groeikansen, then the table (over as many pages as it needs).
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const { width, height } = SIZES[format];
    for (const rendered of pages) {
      // Landscape, at the chosen size.
      expect(Math.abs(rendered.width - Math.round((width / 25.4) * DPI)), rendered.file).toBeLessThanOrEqual(1);
      expect(Math.abs(rendered.height - Math.round((height / 25.4) * DPI)), rendered.file).toBeLessThanOrEqual(1);
      expect(rendered.count(inked), `${rendered.file} is not empty`).toBeGreaterThan(150);
    }
    // Page 1: the map drawn below the title (the house and the kernpartners in the brand colour),
    // filling the sheet rather than a strip of it.
    const first = pages[0];
    const map = { x0: 0, y0: 0.15, x1: 1, y1: 1 };
    expect(first.count(near('#0f5e63'), map), 'the house and its kernpartners on page 1').toBeGreaterThan(40);
    expect(first.count(inked, { x0: 0, y0: 0.55, x1: 1, y1: 1 }), 'the map reaches the lower half of page 1').toBeGreaterThan(200);
    // Page 1's text, lines joined: long labels wrap over two lines on the map (a long word with a hyphen).
    const text = spawnSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }).stdout.replace(/([a-z])-\n(?=[a-z])/g, '$1').replace(/\s+/g, ' ');
    for (const words of [`Netwerkkaart Huis van het Kind ${fixture.houseId}`, 'LEGENDE', 'Kernpartner', 'Verplichte partner ontbreekt', 'Consultatiebureauwerking', 'OCMW', 'Basisschool', 'Scholenoverleg']) {
      expect(text, `page 1 says “${words}”`).toContain(words);
    }
    const second = spawnSync('pdftotext', ['-f', '2', '-l', '2', file, '-'], { encoding: 'utf8' }).stdout;
    expect(second).toContain('Groeikansen');
  });
}

test('the SVG export draws the map where the screen shows it, in the house’s own arrangement', async ({ page }) => {
  await signIn(page, fixture.user, `/huizen/${fixture.houseId}`);
  await mapReady(page);
  const screen = await page.evaluate(() => {
    const cy = (window as unknown as { netwerkkaartMap: { cy: import('cytoscape').Core } }).netwerkkaartMap.cy;
    const at = (id: string) => cy.getElementById(id).position();
    return { ocmw: at('type:ocmw'), bib: at('type:bibliotheek'), house: at('house') };
  });
  expect(screen.ocmw.x - screen.house.x).toBeCloseTo(-260, 0);
  const svg = await (await page.request.get(`/api/huizen/${fixture.houseId}/kaart.svg?weergave=ringen`)).text();
  const nodeX = (id: string) => Number(new RegExp(`<g data-id="${id}" data-x="(-?[\\d.]+)"`).exec(svg)![1]);
  expect(nodeX('type:ocmw') - nodeX('house')).toBeCloseTo(screen.ocmw.x - screen.house.x, 0);
  expect(nodeX('type:bibliotheek') - nodeX('house')).toBeCloseTo(screen.bib.x - screen.house.x, 0);
  expect(svg).toContain('schikking: ringen (eigen schikking)');
});
