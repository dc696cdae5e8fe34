import { expect, test } from '@playwright/test';
import { largeHouseNetwork } from '../support/large-house';
import { largestMove, screenPositions, waitForLayout } from '../support/map-legibility';
import { createMapFixture, removeMapFixtures, signIn, type MapFixture } from './house-map-support';

// An edit never reshuffles the map (issue 13): after a level change saved on the map, every
// other node stays within 24 px of where it was on screen; the changed one takes the nearest free
// place to its ring.
let fixture: MapFixture;
const network = largeHouseNetwork(40);
// One actor per layout, each raised: the tests share the house, and lowering an actor that the
// other test made the type's strongest would lower the type's answer (refused without a choice).
const minimaal = network.actors!.filter((a) => a.level === 'minimaal');
const changedIn = { ringen: minimaal[0], clusters: minimaal[1] };

test.beforeAll(async () => {
  fixture = await createMapFixture(network);
});
test.afterAll(removeMapFixtures);

for (const layout of ['ringen', 'clusters'] as const) {
  test(`a level change on the map (${layout}) moves no other node more than 24 px`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(page, fixture.user, `/huizen/${fixture.houseId}?weergave=${layout}`);
    await waitForLayout(page, layout);
    const changed = changedIn[layout];
    const id = `actor:${fixture.actorIds[changed.name]}`;
    const before = await screenPositions(page);
    await page.getByRole('button', { name: `Toon ${changed.name} op de kaart` }).click();
    const editor = page.getByTestId('entry-editor');
    const level = layout === 'ringen' ? 'Kernpartner' : 'Gemiddeld';
    await editor.getByRole('radio', { name: level, exact: true }).check();
    await editor.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByTestId('entry-editor-message')).toHaveText('Opgeslagen.');
    // The map takes the new level, then settles.
    const levelClass = `level-${level.toLowerCase()}`;
    await expect.poll(() => page.evaluate(([node, cls]) => (window as unknown as { netwerkkaartMap: { cy: import('cytoscape').Core } }).netwerkkaartMap.cy.getElementById(node).hasClass(cls), [id, levelClass])).toBe(true);
    await waitForLayout(page, layout);
    const after = await screenPositions(page);
    const move = largestMove(before, after, [id]);
    expect(move.px, `${move.id} moved ${move.px.toFixed(1)} px`).toBeLessThanOrEqual(24);
    expect(Object.keys(after).length).toBe(Object.keys(before).length);
  });
}
