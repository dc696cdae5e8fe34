import { expect, test } from '@playwright/test';
import { readTx } from '@/graph/session';
import { createMapFixture, removeMapFixtures, signIn, type MapFixture } from './house-map-support';
import { dragFromNodeToNode } from './map-support';

// "Samenwerking tekenen" pressed as the very first thing on the house page, while the server's
// first picture still stands: the press starts the map engine, and the drawing mode must start
// with it once Cytoscape is up (the workspace holds the instance as state; it once read it from
// the canvas's ref while rendering, got null, and the drag panned the map instead).
let fixture: MapFixture;

test.beforeAll(async () => {
  fixture = await createMapFixture({
    actors: [
      { name: 'OCMW Proefstede', type: 'ocmw', level: 'kernpartner' },
      { name: 'Bibliotheek Proefstede', type: 'bibliotheek', level: 'kernpartner' },
    ],
  });
});

test.afterAll(async () => {
  await removeMapFixtures();
});

test('a tie can be drawn when "Samenwerking tekenen" is the first thing pressed, before the map engine is up', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, fixture.user, `/huizen/${fixture.houseId}`);
  const map = page.getByTestId('house-map');
  // The server's picture answers (hydrated) and nothing has reached for the map yet.
  await expect(map).toHaveAttribute('data-first-picture', 'svg');
  await expect(map).not.toHaveAttribute('data-engaged-at', /./);
  await page.getByTestId('draw-ties').click();
  await expect(map).toHaveAttribute('data-layout-ready', 'true');
  // The drawing mode is on: cytoscape-edgehandles was registered for this map by the tie drawing.
  await expect
    .poll(() => page.evaluate(() => typeof (window as unknown as { netwerkkaartMap: { cy: { edgehandles?: unknown } } }).netwerkkaartMap.cy.edgehandles), {
      message: 'the tie drawing started on the map',
      timeout: 10_000,
    })
    .toBe('function');

  const ids = fixture.actorIds;
  await dragFromNodeToNode(page, `actor:${ids['OCMW Proefstede']}`, `actor:${ids['Bibliotheek Proefstede']}`);
  await expect(page.getByTestId('tie-bar-message')).toContainText('Samenwerking getekend: OCMW Proefstede verwijst door naar Bibliotheek Proefstede');
  const stored = await readTx(async (tx) => (await tx.run('MATCH ()-[w:WORKS_WITH {houseId: $id}]->() RETURN count(w) AS n', { id: fixture.houseId })).records[0].get('n'));
  expect(Number(stored)).toBe(1);
});
