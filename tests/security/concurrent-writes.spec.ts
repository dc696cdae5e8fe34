import { expect, test, type APIRequestContext } from '@playwright/test';
import { callAction, pagePath, readActionManifest, signedIn } from './http';
import { createSecurityFixture, removeSecurityFixture, type SecurityFixture } from './fixture';

// Issue 15, item 9, over HTTP: 8 people edit one house's map at once, 200 saves each, through
// the map's own server action. Every save must come back "Opgeslagen." (never a 500, never an
// answer without a Dutch message), and the house ends with each writer's last value.
const WRITERS = 8;
const WRITES = 200;
const TYPES = ['politie', 'caw', 'centrum-voor-leerlingenbegeleiding-clb', 'ocmw', 'kinderopvang-babys-peuters', 'bibliotheek', 'vdab', 'sportdienst'];
const LEVELS = ['kernpartner', 'gemiddeld', 'minimaal', 'indirect'];

let fixture: SecurityFixture;
const writers: APIRequestContext[] = [];

test.beforeAll(async ({ playwright }, info) => {
  const baseURL = info.project.use.baseURL!;
  fixture = await createSecurityFixture('deadlock');
  // Each writer is its own session (coordinator and invited facilitator, several browsers).
  for (let w = 0; w < WRITERS; w++) {
    const who = w % 2 === 0 ? fixture.coordinatorA : fixture.facilitatorA;
    writers.push(await signedIn(playwright, baseURL, who.email, fixture.password));
  }
});

test.afterAll(async () => {
  await Promise.all(writers.map((w) => w.dispose()));
  await removeSecurityFixture(fixture);
});

test(`${WRITERS} writers × ${WRITES} saves on one house: every one saved`, async () => {
  test.setTimeout(600_000);
  const action = readActionManifest().get('app/huizen/[id]/actions.ts#saveEntryAction')!;
  const path = pagePath(action.pages.find((p) => p.includes('huizen')) ?? action.pages[0], fixture.houseA);
  const failures: string[] = [];
  const started = Date.now();
  await Promise.all(
    writers.map(async (context, w) => {
      let version = 0;
      for (let n = 0; n < WRITES; n++) {
        const response = await callAction(context, {
          id: action.id,
          path,
          args: [fixture.houseA, `type:${TYPES[w]}`],
          prev: { status: 'idle', message: '', fieldErrors: {} },
          fields: { level: LEVELS[(n + w) % LEVELS.length], note: `schrijver ${w}, keer ${n}`, version: String(version) },
        });
        const text = await response.text();
        const saved = response.status() === 200 && text.includes('"status":"saved"') && text.includes('Opgeslagen.');
        if (!saved) {
          failures.push(`writer ${w}, save ${n}: HTTP ${response.status()} ${text.slice(0, 160)}`);
          continue;
        }
        version = Number(/"version":(\d+)/.exec(text.slice(text.indexOf('"status":"saved"')))?.[1] ?? version + 1);
      }
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  console.log(`${WRITERS * WRITES} saves over HTTP in ${seconds.toFixed(0)} s, ${failures.length} not saved`);
  expect(failures).toEqual([]);
});
