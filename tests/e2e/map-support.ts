import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Reading and moving nodes of the house map in the browser, through its Cytoscape instance
 * (window.netwerkkaartMap, set by components/map/house-map-canvas.tsx).
 */
type Point = { x: number; y: number };

/** A node's model position (the units a saved arrangement holds). */
export function nodePosition(page: Page, id: string): Promise<Point> {
  return page.evaluate((nodeId) => {
    const cy = (window as unknown as { netwerkkaartMap: { cy: import('cytoscape').Core } }).netwerkkaartMap.cy;
    return { ...cy.getElementById(nodeId).position() };
  }, id);
}

/**
 * Scrolls a map into the middle of the window and waits two frames, so the page has handled the
 * scroll: Cytoscape keeps where its container is on screen and updates it on the scroll event,
 * which comes with the next frame. A mouse pressed before that lands where the map was, not on
 * the node aimed at (the regional map's house click missed this way, now and then, in full runs).
 */
export async function scrollMapIntoView(map: Locator): Promise<void> {
  await map.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await map.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/** Where a node is on the page, in CSS pixels (for the mouse and the touch screen). */
export async function nodeOnPage(page: Page, id: string): Promise<Point> {
  const box = (await page.getByTestId('house-map').boundingBox())!;
  const rendered = await page.evaluate((nodeId) => {
    const cy = (window as unknown as { netwerkkaartMap: { cy: import('cytoscape').Core } }).netwerkkaartMap.cy;
    return cy.getElementById(nodeId).renderedPosition();
  }, id);
  return { x: box.x + rendered.x, y: box.y + rendered.y };
}

export function mapZoom(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { netwerkkaartMap: { cy: import('cytoscape').Core } }).netwerkkaartMap.cy.zoom());
}

/** Drags with the mouse from one node to another, in small steps as a hand would (drawing a tie). */
export async function dragFromNodeToNode(page: Page, fromId: string, toId: string): Promise<void> {
  await scrollMapIntoView(page.getByTestId('house-map'));
  const from = await nodeOnPage(page, fromId);
  const to = await nodeOnPage(page, toId);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 8 });
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.waitForTimeout(200);
  await page.mouse.up();
}

/** Drags a node by (dx, dy) screen pixels with the mouse, in small steps as a hand would. */
export async function dragNode(page: Page, id: string, dx: number, dy: number): Promise<void> {
  await scrollMapIntoView(page.getByTestId('house-map'));
  const from = await nodeOnPage(page, id);
  const viewport = page.viewportSize()!;
  expect(from.y + dy, `${id} stays in the window while dragged`).toBeLessThan(viewport.height);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + dx / 2, from.y + dy / 2, { steps: 5 });
  await page.mouse.move(from.x + dx, from.y + dy, { steps: 5 });
  await page.mouse.up();
}

/** Waits until a node stands at a model position (within a pixel): animations may still run. */
export async function expectNodeAt(page: Page, id: string, at: Point): Promise<void> {
  await expect
    .poll(async () => {
      const p = await nodePosition(page, id);
      return Math.max(Math.abs(p.x - at.x), Math.abs(p.y - at.y));
    }, { message: `${id} at ${JSON.stringify(at)}` })
    .toBeLessThanOrEqual(1);
}
