// Checks the actor catalogue taken from the 2016 report (see seed/README.md).
// Plain Node, no dependencies. Run from the repository root:
//   node seed/data/check-catalogue.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const here = dirname(fileURLToPath(import.meta.url));
const load = (name) => JSON.parse(readFileSync(join(here, name), 'utf8'));

const types = load('actor-types.json');
const clusters = load('clusters.json');
const HOUSES = 116;
const LEVELS = ['minimaal', 'gemiddeld', 'kernpartner', 'indirect', 'nogNiet', 'niet', 'nietAanwezig'];

let failures = 0;
const check = (label, fn) => {
  try {
    fn();
  } catch (err) {
    failures += 1;
    console.error(`FAIL ${label}: ${err.message}`);
  }
};

// Clusters
check('12 clusters', () => assert.equal(clusters.length, 12));
check('unique cluster codes', () => {
  const codes = clusters.map((c) => c.code);
  assert.equal(new Set(codes).size, codes.length, `duplicates in ${codes}`);
});
check('11 cluster tables + Tabel 24 as extra on hulpverlening', () => {
  assert.equal(clusters.filter((c) => c.table).length, 11);
  assert.equal(clusters.filter((c) => c.extraTable === 'Tabel 24').map((c) => c.code).join(), 'hulpverlening');
});
const clusterCodes = new Set(clusters.map((c) => c.code));

// Types
const fromQ = types.filter((t) => t.fromQuestionnaire === true);
const extra = types.filter((t) => t.fromQuestionnaire === false);
check('52 questionnaire types', () => assert.equal(fromQ.length, 52));
check('2 extra types', () => {
  assert.equal(extra.length, 2);
  assert.deepEqual(extra.map((t) => t.code).sort(), ['aanbod-onderwijskansen', 'prenatale-steunpunten']);
});
check('unique type codes', () => {
  const codes = types.map((t) => t.code);
  const dup = codes.filter((c, i) => codes.indexOf(c) !== i);
  assert.equal(dup.length, 0, `duplicates: ${dup}`);
});
check('type codes are ascii kebab-case', () => {
  for (const t of types) assert.match(t.code, /^[a-z0-9]+(-[a-z0-9]+)*$/, t.code);
});
check('questionnaire order (line numbers increase)', () => {
  for (let i = 1; i < fromQ.length; i += 1) {
    assert.ok(fromQ[i].questionnaireLine > fromQ[i - 1].questionnaireLine, fromQ[i].code);
  }
});
check('every referenced cluster exists', () => {
  for (const t of types) {
    assert.ok(clusterCodes.has(t.cluster), `${t.code}: cluster ${t.cluster}`);
    for (const c of t.alsoFits ?? []) assert.ok(clusterCodes.has(c), `${t.code}: alsoFits ${c}`);
    assert.ok(!(t.alsoFits ?? []).includes(t.cluster), `${t.code}: alsoFits repeats own cluster`);
    if ((t.alsoFits ?? []).length) assert.ok(t.alsoFitsNote, `${t.code}: alsoFits without note`);
  }
});
check('table rows: 51, each with counts, each table row used once', () => {
  const withRow = types.filter((t) => t.tableName);
  assert.equal(withRow.length, 51);
  const keys = withRow.map((t) => `${t.table}|${t.tableName}`);
  assert.equal(new Set(keys).size, keys.length);
  for (const t of withRow) {
    assert.ok(t.counts2016, `${t.code}: row without counts`);
    assert.ok(Number.isInteger(t.tableLine), `${t.code}: tableLine`);
  }
  for (const t of types.filter((x) => !x.tableName)) assert.equal(t.counts2016, null, t.code);
});
check('counts add up to Totaal (or a countsNote explains)', () => {
  for (const t of types) {
    if (!t.counts2016) continue;
    const c = t.counts2016;
    for (const k of [...LEVELS, 'totaal']) assert.ok(Number.isInteger(c[k]) && c[k] >= 0, `${t.code}.${k}`);
    const sum = LEVELS.reduce((s, k) => s + c[k], 0);
    if (sum !== c.totaal) assert.ok(t.countsNote, `${t.code}: sum ${sum} != totaal ${c.totaal} and no countsNote`);
    assert.ok(c.totaal <= HOUSES, `${t.code}: totaal > ${HOUSES}`);
  }
});
check('mandatory set', () => {
  const mandatory = types.filter((t) => t.mandatory).map((t) => t.code).sort();
  assert.deepEqual(mandatory, [
    'aanbod-onderwijskansen',
    'consultatiebureauwerking',
    'gezinsondersteuning-aan-huis-door-vrijwilligers',
    'inloopteam',
    'opvoedingswinkel-opvoedingspunt',
    'prenatale-steunpunten',
    'regioteam-kind-en-gezin',
    'spel-en-ontmoetingsinitiatief',
  ]);
  for (const t of types.filter((x) => x.mandatory)) assert.ok(t.mandatoryNote && t.mandatoryLine, t.code);
  const lijn = types.find((t) => t.code === 'opvoedingslijn');
  assert.equal(lijn.mandatory, false);
  assert.ok(lijn.mandatoryNote, 'opvoedingslijn: cite why not mandatory');
  const lb = types.find((t) => t.code === 'lokaal-bestuur');
  assert.equal(lb.mandatory, false);
  assert.equal(lb.expectedByDecree, true);
});

// Sums
const withCounts = types.filter((t) => t.counts2016);
const direct = withCounts.reduce((s, t) => s + t.counts2016.minimaal + t.counts2016.gemiddeld + t.counts2016.kernpartner, 0);
const kern = withCounts.reduce((s, t) => s + t.counts2016.kernpartner, 0);
check('sums near the report (25 direct, 11 kernpartners; rows alone ~24.6 / ~10.5)', () => {
  assert.ok(Math.abs(direct / HOUSES - 24.6) < 0.1, `${direct / HOUSES}`);
  assert.ok(Math.abs(kern / HOUSES - 10.5) < 0.1, `${kern / HOUSES}`);
});

console.log(`types: ${types.length} (${fromQ.length} questionnaire + ${extra.length} extra), clusters: ${clusters.length}, rows with counts: ${withCounts.length}`);
console.log(`sum (minimaal+gemiddeld+kernpartner) / ${HOUSES} = ${direct} / ${HOUSES} = ${(direct / HOUSES).toFixed(2)}`);
console.log(`sum kernpartner / ${HOUSES} = ${kern} / ${HOUSES} = ${(kern / HOUSES).toFixed(2)}`);
if (failures) {
  console.error(`${failures} check(s) failed`);
  process.exit(1);
}
console.log('catalogue OK');
