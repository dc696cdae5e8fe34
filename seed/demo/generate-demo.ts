import { isDirect, LEVEL_CODES } from '../../lib/domain/levels';
import { URBANISATION_CODES } from '../../lib/domain/regions';
import { readCatalogueFile } from '../../lib/reference/catalogue-file';
import { countsByLevel, type Catalogue } from '../../lib/domain/catalogue';
import { buildDemoTies } from './demo-ties';
import { addedActorLabel } from './added-actor-labels';
import { buildAddedActors } from './added-actors';
import { fitAnswers } from './answer-fitting';
import type { DemoDataset, DemoHouse } from './demo-types';
import { buildHouseFrames, type HouseFrame } from './house-frame';
import { buildTargets } from './house-targets';
import { buildNamedNetworks, type TypeInfo } from './named-networks';
import { createRandom, type Random } from './prng';
import { readReportFigures } from '../../lib/reference/report-figures';

/** The one seed of the demo: the survey's year. */
const DEMO_SEED = 2016;
/** updatedAt of every demo relationship: fixed, so that two loads give the same database. */
const DEMO_STAMP = '2026-10-01T08:00:00.000Z';

const DEMO_NOTES: readonly string[] = [
  'All 116 houses, their towns, organisations and forums are fictional; only the counts follow the 2016 report.',
  'Every row of Tabel 14-23 and 25 adds up to its printed Totaal (checked on every run), so no row needed a reading; houses beyond Totaal have no answer.',
  'Per-house counts (Tabel 26, 27) include the actors houses added themselves (Tabel 24 and the 4.3 prose, one answer per mention with a level); with them the totals are 2929 direct answers and 1259 kernpartners, which reproduce every mean of 4.4.3 to its printed decimal.',
  'Privépraktijk, prenatale steunpunten and aanbod onderwijskansen have no 2016 row and are never answered; the report mentions of vroedvrouwen teams and Kind en Taal appear as added (‘Andere’) types.',
  'A house’s urbanisation is that of its most urban municipality; the municipalities reproduce Tabel 4 (170) exactly.',
];

/**
 * Generates the demo dataset: pure and deterministic (the same seed gives the same dataset, on any
 * machine), no database. See seed/README.md, ‘Demo data’, for every reading and choice.
 */
export function generateDemo(options: { seed?: number } = {}): DemoDataset {
  const seed = options.seed ?? DEMO_SEED;
  const random = createRandom(seed);
  const figures = readReportFigures();
  const catalogue = readCatalogueFile();
  checkRowsAddUp(catalogue);
  const added = buildAddedActors(addedActorLabel);
  const catalogueCodes = new Set(catalogue.actorTypes.map((t) => t.code));
  for (const type of added.types) {
    if (type.relatesTo && !catalogueCodes.has(type.relatesTo)) throw new Error(`${type.code} relates to unknown type ${type.relatesTo}`);
  }
  const { houses: frames, regions } = buildHouseFrames(figures, random);

  const totals = { direct: 0, kernpartners: 0 };
  for (const type of catalogue.actorTypes) {
    if (!type.counts2016) continue;
    totals.direct += type.counts2016.kernpartner + type.counts2016.gemiddeld + type.counts2016.minimaal;
    totals.kernpartners += type.counts2016.kernpartner;
  }
  for (const row of added.units.flatMap((u) => u.rows)) {
    if (isDirect(row.level)) totals.direct++;
    if (row.level === 'kernpartner') totals.kernpartners++;
  }

  const targets = buildTargets(frames, figures, totals, random);
  const { answers } = fitAnswers(frames, targets, catalogue.actorTypes, added.units, random);
  const named = pickNamedHouses(frames, random);
  const types = new Map<string, TypeInfo>([
    ...catalogue.actorTypes.map((t): [string, TypeInfo] => [t.code, { name: t.name, cluster: t.cluster }]),
    ...added.types.map((t): [string, TypeInfo] => [t.code, { name: t.name, cluster: t.cluster, label: t.label }]),
  ]);
  const { actors, forums, networks } = buildNamedNetworks(frames, answers, named, regions, types, random);

  const actorsById = new Map(actors.map((a) => [a.id, a]));
  const order = new Map([...catalogue.actorTypes.map((t) => t.code), ...added.types.map((t) => t.code)].map((code, i) => [code, i]));
  const houses = frames.map((frame, h): DemoHouse => ({
    ...frame,
    named: named.has(h),
    answers: answers[h]
      .map((a) => ({ typeCode: a.typeCode, level: a.level, derived: networks[h].derived.has(a.typeCode) }))
      .sort((x, y) => (order.get(x.typeCode) ?? 0) - (order.get(y.typeCode) ?? 0)),
    involvements: networks[h].involvements,
    forums: networks[h].forums,
    ties: buildDemoTies(frame.id, networks[h].involvements, actorsById, seed),
  }));
  return {
    seed,
    stamp: DEMO_STAMP,
    houses,
    customTypes: added.types.map(({ label: _label, ...type }) => type),
    actors,
    forums,
    notes: [...DEMO_NOTES],
  };
}

/** A third of the houses name their organisations: a third of each urbanisation degree. */
function pickNamedHouses(frames: HouseFrame[], random: Random): Set<number> {
  const named = new Set<number>();
  for (const u of URBANISATION_CODES) {
    const group = random.shuffle([...frames.keys()].filter((h) => frames[h].urbanisation === u));
    for (const h of group.slice(0, Math.round(group.length / 3))) named.add(h);
  }
  return named;
}

/**
 * The generator deals each row exactly; a row whose answers do not add up to its Totaal would need
 * a reading first (seed/README.md), so it stops here instead of guessing.
 */
function checkRowsAddUp(catalogue: Catalogue): void {
  for (const type of catalogue.actorTypes) {
    if (!type.counts2016) continue;
    const sum = LEVEL_CODES.reduce((s, level) => s + countsByLevel(type.counts2016!)[level], 0);
    if (sum !== type.counts2016.totaal) {
      throw new Error(`Row ${type.code} adds up to ${sum}, not its Totaal ${type.counts2016.totaal}: choose a reading first.`);
    }
  }
}
