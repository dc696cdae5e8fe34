import { expect, test, type Page } from '@playwright/test';
import { closeDriver } from '@/graph/driver';
import { measureLegibility, waitForLayout } from '../support/map-legibility';
import { createTestUser, deleteUsers, type TestUser } from '../support/test-users';
import { signIn } from './house-map-support';

// Switching layouts with the buttons draws each one as a reload does (issue 13): before the fix,
// Domeinclusters by its button stacked all twelve cluster boxes on the house.
const HOUSE = 'demo-001';
const LABELS = { ringen: 'Ringen', clusters: 'Domeinclusters', kracht: 'Krachtgericht' } as const;
type Layout = keyof typeof LABELS;
const ORDERS: Layout[][] = [
  ['ringen', 'clusters', 'kracht'],
  ['ringen', 'kracht', 'clusters'],
  ['clusters', 'ringen', 'kracht'],
  ['clusters', 'kracht', 'ringen'],
  ['kracht', 'ringen', 'clusters'],
  ['kracht', 'clusters', 'ringen'],
];

let reader: TestUser;
const reloaded = new Map<Layout, Record<string, { x: number; y: number }>>();

test.beforeAll(async () => {
  reader = await createTestUser('kind_en_gezin', [], 'Lezer Kind en Gezin');
});

test.afterAll(async () => {
  await deleteUsers([reader.id]);
  await closeDriver();
});

/** Every node's position on the map, relative to the house (model units). */
function modelPositions(page: Page) {
  return page.evaluate(() => {
    const cy = (window as unknown as { netwerkkaartMap: { cy: import('cytoscape').Core } }).netwerkkaartMap.cy;
    const house = cy.getElementById('house').position();
    const out: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((n) => {
      out[n.id()] = { x: Math.round(n.position().x - house.x), y: Math.round(n.position().y - house.y) };
    });
    return out;
  });
}

async function expectDrawnAsReloaded(page: Page, layout: Layout, how: string) {
  const r = await measureLegibility(page);
  expect(r.clusterClashes, `${how}: cluster boxes over the house or each other`).toEqual([]);
  expect(r.overlaps, `${how}: overlapping labels`).toEqual([]);
  if (layout === 'kracht') return; // force-directed: same rules, checked above
  // A reload draws the server's first picture (laid out in Node), a button lays out in the
  // browser's worker: the same pure code, whose floating point may round a coordinate the other
  // way (x.4999… against x.5). Every node must stand where the reload put it, within that rounding.
  const drawn = await modelPositions(page);
  const expected = reloaded.get(layout)!;
  expect(Object.keys(drawn).sort(), `${how}: not the nodes a reload draws`).toEqual(Object.keys(expected).sort());
  const off = Object.keys(drawn).filter((id) => Math.abs(drawn[id].x - expected[id].x) > 1 || Math.abs(drawn[id].y - expected[id].y) > 1);
  expect(
    off.map((id) => `${id}: ${JSON.stringify(drawn[id])} vs ${JSON.stringify(expected[id])}`),
    `${how}: not drawn as a reload draws it`,
  ).toEqual([]);
}

test.describe.configure({ mode: 'serial' });

test('each layout as a reload draws it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, reader, `/huizen/${HOUSE}`);
  for (const layout of Object.keys(LABELS) as Layout[]) {
    await page.goto(`/huizen/${HOUSE}?weergave=${layout}`);
    await waitForLayout(page, layout);
    reloaded.set(layout, await modelPositions(page));
    const r = await measureLegibility(page);
    expect(r.clusterClashes).toEqual([]);
  }
  // The clusters: every cluster a box of its own, apart from the house.
  expect(Object.keys(reloaded.get('clusters')!).filter((id) => id.startsWith('cluster:')).length).toBeGreaterThan(8);
});

for (const order of ORDERS) {
  test(`switching by the buttons ${order.map((l) => LABELS[l]).join(' → ')} draws each as a reload does`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(page, reader, `/huizen/${HOUSE}?weergave=${order[0]}`);
    await waitForLayout(page, order[0]);
    await expectDrawnAsReloaded(page, order[0], `${LABELS[order[0]]} on load`);
    for (const layout of order.slice(1)) {
      await page.getByTestId('map-toolbar').getByText(LABELS[layout], { exact: true }).click();
      await waitForLayout(page, layout);
      await expect(page).toHaveURL(new RegExp(`weergave=${layout}`));
      await expectDrawnAsReloaded(page, layout, `${LABELS[layout]} after the button`);
    }
  });
}
