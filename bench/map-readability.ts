// Can a council read the map? Issue 13, measured: every demo house in every layout, at a
// projector's 1920×1080, a laptop's 1280×800 and a phone's 390×844, in Debian's Chromium, with the
// measuring code the e2e tests use (tests/support/map-legibility.ts). Per layout and size it
// prints overlapping label pairs, labels over nodes, hidden labels, the smallest label in px, nodes
// outside the view, and the worst house; then the largest move of a node that stays, over
// simulated edits (add, remove, change level) of every house, and over a real level change in the
// browser on the 150-actor house.
//
// Usage (app running, e.g. `npm start`, on the same database as NEO4J_* or the local server):
//   npx tsx bench/map-readability.ts http://localhost:3000 [--houses=demo-001,demo-039] [--limit=20]
//        [--sizes=1920x1080,1280x800,390x844] [--layouts=ringen,clusters,kracht]
// It creates its own Kind en Gezin account and a 150-actor house (not a demo house: it is removed
// at the end, so the survey figures stay exact). Bounded: one page load per house, layout and size.
import { chromium, type Page } from '@playwright/test';
import { closeDriver } from '../graph/driver';
import { readHouseNetwork } from '../graph/repositories/house-network';
import { readTx } from '../graph/session';
import { LAYOUTS, type LayoutName, type Positions } from '../lib/domain/map/layouts';
import type { MapEntry } from '../lib/domain/map/map-entries';
import { specSize } from '../lib/domain/map/layouts/keep-and-place';
import { nodeSpecs } from '../lib/domain/map/node-specs';
import { toMapModel, type MapModel } from '../lib/domain/map/to-elements';
import { CHROMIUM_LAUNCH_OPTIONS } from '../tests/e2e/chromium.mjs';
import { largeHouseNetwork } from '../tests/support/large-house';
import { browserCookies, signInCookiePairs } from './support/sign-in';
import { describeLegibility, largestMove, measureLegibility, screenPositions, waitForLayout, type Legibility } from '../tests/support/map-legibility';
import { createNetworkFixture, deleteNetworkFixtures } from '../tests/support/network-fixture';
import { createTestUser, deleteUsers } from '../tests/support/test-users';

const base = process.argv[2]?.startsWith('http') ? process.argv[2] : 'http://localhost:3000';
const args = Object.fromEntries(
  process.argv
    .slice(2)
    .filter((a) => a.startsWith('--'))
    .map((a) => a.replace(/^--/, '').split('=') as [string, string]),
);
const SIZES = (args.sizes ?? '1920x1080,1280x800,390x844').split(',').map((s) => s.split('x').map(Number) as [number, number]);
const LAYOUT_LIST = (args.layouts ?? 'ringen,clusters,kracht').split(',') as LayoutName[];
const PHONE = 640;
const PHONE_LEVELS = ['kernpartner', 'gemiddeld'];
const MAX_MOVE = 24;

interface Tally {
  houses: number;
  overlaps: number;
  overNodes: number;
  hidden: number;
  outside: number;
  clashes: number;
  smallest: number;
  smallestHouse: string;
  /** The smallest label over the demo houses alone (the generated 150-actor house left out). */
  demoSmallest: number;
  houseLabel: number;
  worst: { house: string; score: number; line: string } | null;
}

function emptyTally(): Tally {
  return {
    houses: 0,
    overlaps: 0,
    overNodes: 0,
    hidden: 0,
    outside: 0,
    clashes: 0,
    smallest: Infinity,
    smallestHouse: '',
    demoSmallest: Infinity,
    houseLabel: Infinity,
    worst: null,
  };
}

function add(t: Tally, house: string, r: Legibility) {
  t.houses += 1;
  t.overlaps += r.overlaps.length;
  t.overNodes += r.overNodes.length;
  t.hidden += r.hidden.length;
  t.outside += r.outside.length;
  t.clashes += r.clusterClashes.length;
  if (r.smallest && r.smallest.px < t.smallest) {
    t.smallest = r.smallest.px;
    t.smallestHouse = house;
  }
  if (r.smallest && house.startsWith('demo-')) t.demoSmallest = Math.min(t.demoSmallest, r.smallest.px);
  if (r.housePx !== null) t.houseLabel = Math.min(t.houseLabel, r.housePx);
  // Worst: most faults, then the smallest text.
  const score = (r.overlaps.length + r.overNodes.length + r.hidden.length + r.outside.length + r.clusterClashes.length) * 100 + (20 - (r.smallest?.px ?? 20));
  if (!t.worst || score > t.worst.score) t.worst = { house, score, line: describeLegibility(r) };
}

async function signInCookie(email: string, password: string): Promise<{ name: string; value: string; url: string }[]> {
  return browserCookies(await signInCookiePairs(base, email, password), base);
}

async function open(page: Page, house: string, layout: LayoutName): Promise<void> {
  await page.goto(`${base}/huizen/${house}?weergave=${layout}`);
  await waitForLayout(page, layout);
}

/** The simulated edits of one house: a partner added, one removed, one changing level. */
function edits(model: MapModel): { name: string; model: MapModel; edited: string }[] {
  const onMap = model.entries.filter((e) => e.placement === 'ring');
  const middle = onMap[Math.floor(onMap.length / 2)];
  const minimaal = onMap.find((e) => e.level === 'minimaal') ?? middle;
  const added: MapEntry = {
    ...middle,
    key: 'actor:bench-nieuw',
    kind: 'actor',
    name: 'Nieuwe partner Proefstede',
    level: 'gemiddeld',
    via: null,
    missingMandatory: false,
  };
  return [
    { name: 'toegevoegd', model: { ...model, entries: [...model.entries, added] }, edited: added.key },
    { name: 'verwijderd', model: { ...model, entries: model.entries.filter((e) => e.key !== middle.key) }, edited: middle.key },
    {
      name: 'niveau',
      model: { ...model, entries: model.entries.map((e) => (e.key === minimaal.key ? { ...e, level: 'kernpartner' as const } : e)) },
      edited: minimaal.key,
    },
  ];
}

/** The largest move (model units) of a node that stays, over the simulated edits of one house. */
function simulatedMove(houseName: string, model: MapModel, layout: LayoutName): number {
  const definition = LAYOUTS[layout];
  const list = layout === 'clusters';
  const specs = nodeSpecs(houseName, model, { list });
  const before = definition.arrange(specs, null);
  const groups = Object.fromEntries(specs.map((s) => [s.id, definition.groupOf(s)]));
  const sizes = Object.fromEntries(specs.map((s) => [s.id, specSize(s)]));
  let worst = 0;
  for (const edit of edits(model)) {
    const after: Positions = definition.arrange(nodeSpecs(houseName, edit.model, { list }), { positions: before, groups, sizes });
    worst = Math.max(worst, largestMove(before, after, [edit.edited]).px);
  }
  return worst;
}

async function main() {
  const demo: string[] = await readTx(async (tx) =>
    (await tx.run("MATCH (h:House) WHERE h.id STARTS WITH 'demo-' RETURN h.id AS id ORDER BY id")).records.map((r) => r.get('id') as string),
  );
  let houses = args.houses ? args.houses.split(',') : demo;
  if (args.limit) houses = houses.slice(0, Number(args.limit));
  // Leftovers of an interrupted run go first.
  const stale: string[] = await readTx(async (tx) =>
    (await tx.run("MATCH (h:House) WHERE h.id STARTS WITH 'bench150-' RETURN h.id AS id")).records.map((r) => r.get('id') as string),
  );
  if (stale.length) await deleteNetworkFixtures(stale);
  const user = await createTestUser('kind_en_gezin', [], 'Bench Kind en Gezin');
  const large = await createNetworkFixture({ ...largeHouseNetwork(150), idPrefix: 'bench150', name: 'Huis van het Kind Proefstede (testhuis, 150 actoren)' });
  const coordinator = await createTestUser('coordinator', [large.houseId], 'Bench coördinator');
  const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
  const zoomAt1920 = new Map<string, number>();
  try {
    const cookies = await signInCookie(user.email, user.password);
    console.log(`Map readability: ${houses.length} demo houses + the 150-actor house ${large.houseId}; layouts ${LAYOUT_LIST.join(', ')}.\n`);
    console.log('layout     size       houses  overlaps  over-node  hidden  outside  clashes  smallest px  (demo houses)  house px   worst house');
    for (const [width, height] of SIZES) {
      const context = await browser.newContext({ viewport: { width, height }, locale: 'nl-BE' });
      await context.addCookies(cookies);
      const page = await context.newPage();
      const phone = width < PHONE;
      for (const layout of LAYOUT_LIST) {
        const tally = emptyTally();
        const list = width === 1920 ? [...houses, large.houseId] : houses;
        for (const house of list) {
          await open(page, house, layout);
          const r = await measureLegibility(page, phone ? { levels: PHONE_LEVELS } : {});
          if (width === 1920) zoomAt1920.set(`${house}|${layout}`, r.zoom);
          if (house === large.houseId) console.log(`  150-actor house, ${layout} ${width}×${height}: ${describeLegibility(r)}`);
          add(tally, house, r);
        }
        const size = `${width}×${height}`;
        console.log(
          `${layout.padEnd(10)} ${size.padEnd(10)} ${String(tally.houses).padStart(6)}  ${String(tally.overlaps).padStart(8)}  ${String(tally.overNodes).padStart(9)}  ${String(tally.hidden).padStart(6)}  ${String(tally.outside).padStart(7)}  ${String(tally.clashes).padStart(7)}  ${tally.smallest.toFixed(1).padStart(7)} (${tally.smallestHouse})  ${tally.demoSmallest.toFixed(1).padStart(6)}  ${tally.houseLabel.toFixed(1).padStart(6)}   ${tally.worst?.house}: ${tally.worst?.line}`,
        );
      }
      await context.close();
    }

    // Steady: simulated edits on every house (the layouts' own keep-and-place, as the canvas calls it).
    console.log(
      '\nSteady: largest move of a node that stays, over simulated edits (a partner added, one removed, one changing level), on screen at 1920×1080:',
    );
    for (const layout of LAYOUT_LIST.filter((l) => l !== 'kracht')) {
      let worst = { house: '', px: 0 };
      for (const house of [...houses, large.houseId]) {
        const network = await readHouseNetwork(house);
        if (!network) continue;
        const px = simulatedMove(network.house.name, toMapModel(network), layout) * (zoomAt1920.get(`${house}|${layout}`) ?? 1);
        if (px > worst.px || !worst.house) worst = { house, px };
      }
      console.log(`  ${layout}: ${worst.px.toFixed(1)} px (${worst.house}); target ≤ ${MAX_MOVE} px ${worst.px <= MAX_MOVE ? 'OK' : 'OVER'}`);
    }

    // And for real, in the browser: a level change saved on the 150-actor house's map.
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'nl-BE' });
    await context.addCookies(await signInCookie(coordinator.email, coordinator.password));
    const page = await context.newPage();
    console.log('  In the browser, a level change saved on the map of the 150-actor house:');
    // Each layout raises another minimaal actor: lowering one the other made strongest would lower
    // its type's answer, which is refused without a choice.
    const minimaal = largeHouseNetwork(150)
      .actors!.filter((a) => a.level === 'minimaal')
      .map((a) => [a.name, large.actorIds[a.name]] as const);
    const changes: [LayoutName, readonly [string, string], string][] = [
      ['ringen', minimaal[0], 'Kernpartner'],
      ['clusters', minimaal[1], 'Gemiddeld'],
    ];
    for (const [layout, [actorName, actorId], label] of changes) {
      await open(page, large.houseId, layout);
      await measureLegibility(page);
      const before = await screenPositions(page);
      await page.getByRole('button', { name: `Toon ${actorName} op de kaart` }).click();
      const editor = page.getByTestId('entry-editor');
      await editor.getByRole('radio', { name: label, exact: true }).check();
      await editor.getByRole('button', { name: 'Opslaan' }).click();
      await page.getByTestId('entry-editor-message').filter({ hasText: 'Opgeslagen.' }).waitFor();
      await waitForLayout(page, layout);
      const after = await screenPositions(page);
      const move = largestMove(before, after, [`actor:${actorId}`]);
      console.log(
        `    ${layout} (${actorName} → ${label.toLowerCase()}): ${move.px.toFixed(1)} px (${move.id ?? '-'}); target ≤ ${MAX_MOVE} px ${move.px <= MAX_MOVE ? 'OK' : 'OVER'}`,
      );
    }
    await context.close();
  } finally {
    await browser.close();
    await deleteNetworkFixtures([large.houseId]);
    await deleteUsers([user.id, coordinator.id]);
    await closeDriver();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
