// Speed of the imports (issue 9): a one-house list of N rows (preview, first import, second
// import of the same file) and the many-houses file of every house (export, then import as new
// houses), each in one transaction. Prints the times; writes only scratch houses, removed after.
//
// Usage: npx tsx bench/import.ts [rows=2000,20000]   (needs NEO4J_*, like the other benches)
import { closeDriver } from '../graph/driver';
import { readAnswerMatrix } from '../graph/repositories/matrix-import';
import { importHouseFile } from '../lib/use-cases/imports/house-file';
import { importHousesFile } from '../lib/use-cases/imports/houses-file';
import { exportHousesMatrix } from '../lib/use-cases/imports/export-houses';
import { createNetworkFixture, deleteNetworkFixtures } from '../tests/support/network-fixture';
import { asRole, coordinatorOf } from '../tests/support/import-support';
import { uniqueHouseId } from '../tests/support/unique-id';

const sizes = (process.argv[2] ?? '2000,20000').split(',').map(Number);
const TYPES = ['CAW', 'OCMW', 'CLB', 'Scholen', 'Bibliotheek', 'Jeugddienst', 'Huisartsen', 'Kinderopvang - buitenschoolse'];
const LEVELS = ['kern', 'gem', 'min', 'ind', 'nn', 'niet'];
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const scratch: string[] = [];

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

async function oneHouse(rows: number) {
  const { houseId } = await createNetworkFixture({});
  scratch.push(houseId);
  const lines = Array.from({ length: rows }, (_, i) => `Organisatie ${i + 1};${TYPES[i % TYPES.length]};${LEVELS[i % LEVELS.length]};Notitie ${i + 1}`);
  const file = { name: `bench-${rows}.csv`, bytes: new TextEncoder().encode(`Actor;Soort actor;Betrokkenheid;Notitie\n${lines.join('\n')}\n`) };
  const user = coordinatorOf(houseId);
  const [preview, previewMs] = await timed(() => importHouseFile(user, houseId, file, { apply: false }));
  const [first, firstMs] = await timed(() => importHouseFile(user, houseId, file, { apply: true }));
  const [second, secondMs] = await timed(() => importHouseFile(user, houseId, file, { apply: true }));
  console.log(
    `one house, ${rows} rows (${(file.bytes.length / 1024).toFixed(0)} KB): preview ${seconds(previewMs)} (${preview.counts.create} new), ` +
      `import ${seconds(firstMs)} (${first.changes} changes), same file again ${seconds(secondMs)} (${second.changes} changes)`,
  );
}

async function manyHouses() {
  const houses = await readAnswerMatrix();
  const [csv, exportMs] = await timed(() => exportHousesMatrix(asRole('beheerder'), 'csv'));
  // The same answers as new houses: every code swapped for a scratch one.
  let text = csv.body as string;
  for (const h of houses) {
    const id = uniqueHouseId('bench');
    scratch.push(id);
    text = text.replace(new RegExp(`^${h.id};`, 'm'), `${id};`);
  }
  const file = { name: 'antwoorden.csv', bytes: new TextEncoder().encode(text) };
  const [outcome, importMs] = await timed(() => importHousesFile(asRole('beheerder'), file, { apply: true }));
  const answers = houses.reduce((n, h) => n + Object.keys(h.answers).length, 0);
  console.log(
    `many houses: export of ${houses.length} houses ${seconds(exportMs)}; import as ${outcome.counts.create} new houses with ${answers} answers ${seconds(importMs)}`,
  );
}

try {
  for (const rows of sizes) await oneHouse(rows);
  await manyHouses();
} finally {
  await deleteNetworkFixtures(scratch);
  await closeDriver();
}
