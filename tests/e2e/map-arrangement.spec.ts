import { expect, test } from '@playwright/test';
import { createInvitation } from '@/graph/repositories/invitations';
import { readTx, writeTx } from '@/graph/session';
import { brusselsDate } from '@/lib/domain/brussels-date';
import { removeWorkshopsOf } from '../security/fixture';
import { writeArrangement } from '@/graph/repositories/arrangements';
import { createTestUser, deleteUsers } from '../support/test-users';
import { actionRedirect, callAction, readActionManifest, signedIn } from '../security/http';
import { createMapFixture, mapReady, removeMapFixtures, signIn, type MapFixture } from './house-map-support';
import { dragNode, expectNodeAt, nodePosition } from './map-support';
import { saveScreenshots } from './screenshot';

// Eigen schikking: the house's coordinator drags nodes and saves the arrangement of a layout;
// it is stored in Neo4j, version-checked, reset on request, and refused to anyone else.
let fixture: MapFixture;
const NODE = 'type:ocmw';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  fixture = await createMapFixture({
    answers: [
      { type: 'consultatiebureauwerking', level: 'kernpartner' },
      { type: 'ocmw', level: 'gemiddeld' },
      { type: 'bibliotheek', level: 'minimaal' },
      { type: 'caw', level: 'nog_niet' },
    ],
  });
});
test.afterAll(removeMapFixtures);

function stored(houseId: string) {
  return readTx(async (tx) => {
    const result = await tx.run(
      `OPTIONAL MATCH (a:Arrangement {houseId: $houseId, layout: 'ringen'})
       OPTIONAL MATCH (c:Change {houseId: $houseId}) WHERE c.action STARTS WITH 'arrangement.'
       RETURN a.version AS version, a.positions AS positions, count(c) AS changes`,
      { houseId },
    );
    const row = result.records[0];
    return { version: row.get('version') as number | null, positions: row.get('positions') ? (JSON.parse(row.get('positions')) as Record<string, { x: number; y: number }>) : null, changes: row.get('changes') as number };
  });
}

let layoutPlace: { x: number; y: number };
/** Where the rings put the library: nodes an arrangement does not name stand there. */
let libraryPlace: { x: number; y: number };
let dropped: { x: number; y: number };

test('a coordinator drags an actor, saves the arrangement, and after a reload it is where it was dropped', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, fixture.user, `/huizen/${fixture.houseId}`);
  await mapReady(page);
  layoutPlace = await nodePosition(page, NODE);
  libraryPlace = await nodePosition(page, 'type:bibliotheek');
  const bar = page.getByTestId('arrangement-bar');

  // Not arranging: a drag moves nothing.
  await dragNode(page, NODE, 90, 60);
  await expectNodeAt(page, NODE, layoutPlace);

  await bar.getByRole('button', { name: 'Schikking aanpassen' }).click();
  await expect(bar.getByRole('button', { name: 'Schikking opslaan' })).toBeDisabled();
  await dragNode(page, NODE, 90, 60);
  dropped = await nodePosition(page, NODE);
  expect(Math.hypot(dropped.x - layoutPlace.x, dropped.y - layoutPlace.y)).toBeGreaterThan(40);
  await saveScreenshots(page, 'kaart-schikken');
  await bar.getByRole('button', { name: 'Schikking opslaan' }).click();
  await expect(page.getByTestId('arrangement-message')).toHaveText(/^Schikking opgeslagen\./);
  await expect(bar).toHaveAttribute('data-version', '1');
  const after = await stored(fixture.houseId);
  expect(after.version).toBe(1);
  expect(after.changes).toBe(1);
  expect(after.positions![NODE].x).toBeCloseTo(dropped.x, 0);

  await page.reload();
  await mapReady(page);
  await expectNodeAt(page, NODE, dropped);
  await expect(page.getByTestId('arrangement-saved')).toContainText('Eigen schikking (ringen), opgeslagen door Sofie Coördinator op');
  // The other layouts keep their own arrangement.
  await page.getByText('Domeinclusters', { exact: true }).click();
  await expect(page.getByTestId('house-map')).toHaveAttribute('data-layout', 'clusters');
  await expect(page.getByTestId('arrangement-saved')).toHaveCount(0);
  // An actor dragged inside its cluster: the cluster's box follows it, and the arrangement is the clusters' own.
  await bar.getByRole('button', { name: 'Schikking aanpassen' }).click();
  await dragNode(page, NODE, 0, 70);
  const inCluster = await nodePosition(page, NODE);
  await bar.getByRole('button', { name: 'Schikking opslaan' }).click();
  await expect(page.getByTestId('arrangement-message')).toHaveText(/^Schikking opgeslagen\./);
  await page.goto(`/huizen/${fixture.houseId}?weergave=clusters`);
  await mapReady(page);
  await expectNodeAt(page, NODE, inCluster);
  await expect(page.getByTestId('arrangement-saved')).toContainText('Eigen schikking (domeinclusters)');
  expect((await stored(fixture.houseId)).version, 'the rings keep their own arrangement').toBe(1);
});

test('a second, stale save is refused in Dutch and shows the arrangement stored now', async ({ page, browser }) => {
  await signIn(page, fixture.user, `/huizen/${fixture.houseId}`);
  await mapReady(page);
  // A colleague, on another computer, has the same map open (version 1), and saves first.
  const other = await browser.newPage();
  await signIn(other, fixture.user, `/huizen/${fixture.houseId}`);
  await mapReady(other);
  await other.getByTestId('arrangement-bar').getByRole('button', { name: 'Schikking aanpassen' }).click();
  await dragNode(other, NODE, -70, 0);
  const theirs = await nodePosition(other, NODE);
  await other.getByRole('button', { name: 'Schikking opslaan' }).click();
  await expect(other.getByTestId('arrangement-message')).toHaveText(/^Schikking opgeslagen\./);
  await other.close();
  const before = await stored(fixture.houseId);
  expect(before.version).toBe(2);

  const bar = page.getByTestId('arrangement-bar');
  await bar.getByRole('button', { name: 'Schikking aanpassen' }).click();
  await dragNode(page, 'type:bibliotheek', 0, 80);
  await bar.getByRole('button', { name: 'Schikking opslaan' }).click();
  const message = page.getByTestId('arrangement-message');
  await expect(message).toHaveAttribute('data-status', 'stale');
  await expect(message).toHaveText(/^Iemand anders heeft de schikking van deze kaart intussen gewijzigd \(Sofie Coördinator, \d{2}-\d{2}-\d{4} \d{2}:\d{2}\)\. Uw verschuivingen werden niet opgeslagen; u ziet nu de huidige schikking\.$/);
  await expectNodeAt(page, NODE, theirs);
  await expect(bar).toHaveAttribute('data-version', '2');
  expect(await stored(fixture.houseId)).toEqual(before);
  await saveScreenshots(page, 'kaart-schikking-verouderd');
  dropped = theirs;
});

test('"Standaardschikking herstellen" puts the actor back where the layout places it', async ({ page }) => {
  await signIn(page, fixture.user, `/huizen/${fixture.houseId}`);
  await mapReady(page);
  await expectNodeAt(page, NODE, dropped);
  const bar = page.getByTestId('arrangement-bar');
  await bar.getByRole('button', { name: 'Standaardschikking herstellen' }).click();
  await bar.getByRole('button', { name: 'Ja, herstellen' }).click();
  await expect(page.getByTestId('arrangement-message')).toHaveText('De standaardschikking is hersteld.');
  await expectNodeAt(page, NODE, layoutPlace);
  expect(await stored(fixture.houseId)).toMatchObject({ version: 3, positions: null, changes: 4 });
  await page.reload();
  await mapReady(page);
  await expectNodeAt(page, NODE, layoutPlace);
  await expect(page.getByTestId('arrangement-saved')).toHaveCount(0);
});

test('another house’s coordinator, Kind en Gezin and the beheerder cannot save it: the server refuses and writes nothing', async ({ playwright, baseURL }) => {
  const otherHouse = await createMapFixture();
  const readers = [await createTestUser('kind_en_gezin'), await createTestUser('beheerder')];
  try {
    const action = readActionManifest().get('app/huizen/[id]/arrangement-actions.ts#saveArrangementAction')!;
    const before = await stored(fixture.houseId);
    for (const user of [otherHouse.user, ...readers]) {
      const context = await signedIn(playwright, baseURL!, user.email, user.password);
      const answer = await callAction(context, {
        id: action.id,
        path: `/huizen/${fixture.houseId}`,
        args: [fixture.houseId],
        prev: { status: 'idle', message: '', current: null },
        fields: { layout: 'ringen', version: String(before.version), positions: JSON.stringify({ house: { x: 500, y: 500 } }) },
      });
      expect(actionRedirect(answer)).toBeNull();
      expect(await answer.text()).toContain('U hebt geen toegang tot deze gegevens.');
      await context.dispose();
    }
    expect(await stored(fixture.houseId)).toEqual(before);
  } finally {
    await deleteUsers(readers.map((u) => u.id));
  }
});

test('Kind en Gezin sees the saved arrangement but has nothing to change it with', async ({ page }) => {
  const reader = await createTestUser('kind_en_gezin');
  try {
    const version = (await stored(fixture.houseId)).version ?? 0;
    // Saved by the house's coordinator (written straight through the repository here).
    const { row } = await writeArrangement({
      houseId: fixture.houseId,
      layout: 'ringen',
      positions: JSON.stringify({ house: { x: 0, y: 0 }, [NODE]: { x: 333, y: -111 } }),
      expectedVersion: version,
      byName: 'Sofie Coördinator',
      change: () => ({ by: fixture.user.id, action: 'arrangement.save', target: `house:${fixture.houseId}/arrangement:ringen`, houseId: fixture.houseId }),
    });
    expect(row.version).toBe(version + 1);
    await signIn(page, reader, `/huizen/${fixture.houseId}`);
    await mapReady(page);
    await expectNodeAt(page, NODE, { x: 333, y: -111 });
    // The arrangement names only the house and OCMW: the library keeps the place the rings give it.
    await expectNodeAt(page, 'type:bibliotheek', libraryPlace);
    await expect(page.getByTestId('arrangement-saved')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Schikking aanpassen' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Standaardschikking herstellen' })).toHaveCount(0);
  } finally {
    await deleteUsers([reader.id]);
  }
});

test('during a workshop, the invited facilitator arranges the map on their own screen (begeleiden); the workshop screens draw the saved arrangement', async ({ page }) => {
  const facilitator = await createTestUser('facilitator', [], 'Fien Facilitator');
  try {
    const today = brusselsDate();
    expect(await createInvitation({ houseId: fixture.houseId, facilitatorId: facilitator.id, from: today, until: today }, fixture.user.id)).toBeTruthy();
    const before = await stored(fixture.houseId);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await signIn(page, facilitator, '/workshops');
    await page.locator(`[data-house="${fixture.houseId}"]`).getByRole('button', { name: 'Workshop openen' }).click();
    await page.waitForURL(/\/workshop\/[A-Z2-9]{6}\/begeleiden$/);
    await page.getByRole('button', { name: 'Kaart tonen' }).click();
    await mapReady(page);
    // The saved arrangement of the rings (Kind en Gezin's test above left the actor here).
    await expectNodeAt(page, NODE, before.positions![NODE]);
    const bar = page.getByTestId('arrangement-bar');
    await bar.getByRole('button', { name: 'Schikking aanpassen' }).click();
    await dragNode(page, 'type:bibliotheek', -120, 0);
    const moved = await nodePosition(page, 'type:bibliotheek');
    await bar.getByRole('button', { name: 'Schikking opslaan' }).click();
    await expect(page.getByTestId('arrangement-message')).toHaveText(/^Schikking opgeslagen\./);
    const after = await stored(fixture.houseId);
    expect(after.version).toBe(before.version! + 1);
    expect(after.positions!['type:bibliotheek'].x).toBeCloseTo(moved.x, 0);
    await page.screenshot({ path: 'test-results/screenshots/workshop-scherm-schikking-1920.png' });
    await page.reload();
    await page.getByRole('button', { name: 'Kaart tonen' }).click();
    await mapReady(page);
    await expectNodeAt(page, 'type:bibliotheek', after.positions!['type:bibliotheek']);
  } finally {
    await writeTx((tx) => removeWorkshopsOf(tx, [fixture.houseId]));
    await deleteUsers([facilitator.id]);
  }
});

