import { expect, type Page } from '@playwright/test';
import { closeDriver } from '@/graph/driver';
import { createTestUser, deleteUsers, type TestUser } from '../support/test-users';
import { createNetworkFixture, deleteNetworkFixtures, type FixtureNetwork } from '../support/network-fixture';
import { reachForMap } from '../support/reach-for-map';

/** A house of its own for one spec, with a coordinator who may edit it. Removed afterwards. */
export interface MapFixture {
  houseId: string;
  actorIds: Record<string, string>;
  forumIds: Record<string, string>;
  user: TestUser;
}

const houses: string[] = [];
const users: string[] = [];

export async function createMapFixture(network: FixtureNetwork = {}): Promise<MapFixture> {
  const fixture = await createNetworkFixture(network);
  houses.push(fixture.houseId);
  const user = await createTestUser('coordinator', [fixture.houseId], 'Sofie Coördinator');
  users.push(user.id);
  return { ...fixture, user };
}

export async function removeMapFixtures(): Promise<void> {
  await deleteNetworkFixtures(houses.splice(0));
  await deleteUsers(users.splice(0));
  await closeDriver();
}

/** Signs in through the login page, as a person would. */
export async function signIn(page: Page, user: TestUser, returnTo = '/'): Promise<void> {
  await page.goto(`/aanmelden?terug=${encodeURIComponent(returnTo)}`);
  await page.getByLabel('E-mailadres').fill(user.email);
  await page.getByLabel('Wachtwoord').fill(user.password);
  await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/aanmelden'));
}

/** Waits until the map has laid out its nodes in Cytoscape (after reaching for it, as a person does). */
export async function mapReady(page: Page): Promise<void> {
  await reachForMap(page);
  await expect(page.getByTestId('house-map')).toHaveAttribute('data-layout-ready', 'true');
}

/**
 * Node ids on the map and their distance from the house, read from the Cytoscape instance: in
 * the rings' own measure (lib/domain/map/layouts/rings.ts: superellipses about twice as wide as tall).
 */
export async function mapNodes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const cy = (window as unknown as { netwerkkaartMap: { cy: import('cytoscape').Core } }).netwerkkaartMap.cy;
    const house = cy.getElementById('house').position();
    const ring = (x: number, y: number) => Math.cbrt(Math.abs(x / 1.875) ** 3 + Math.abs(y) ** 3);
    return Object.fromEntries(cy.nodes('.entry').map((n) => [n.id(), Math.round(ring(n.position().x - house.x, n.position().y - house.y))]));
  });
}
