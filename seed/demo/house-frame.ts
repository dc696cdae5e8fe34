import type { HouseIdentity } from '../../lib/domain/house';
import { PROVINCES, URBANISATION_CODES, type Province, type Urbanisation } from '../../lib/domain/regions';
import { slugify } from './added-actors';
import { CITY_NAMES, PLACE_NAMES } from './place-names';
import type { Random } from './prng';
import type { ReportFigures } from '../../lib/reference/report-figures';

/** Where a house lies: everything about a demo house except its answers. */
export interface HouseFrame extends HouseIdentity {
  /** Urbanisation of each municipality, in the order of `municipalities` (Tabel 4 counts these). */
  municipalityUrbanisation: Urbanisation[];
  /** `urbanisation` is the house's degree: that of its most urban municipality (see seed/README.md). */
  region: string;
}

export interface Region {
  id: string;
  name: string;
  province: Province;
}

const b = 'buitengebied';
const r = 'regiostedelijk';
const c = 'centrumstad';

/**
 * The municipalities of the 116 houses, by urbanisation: `count` houses of each shape. Chosen so
 * that, with a house's degree read as that of its most urban municipality, they reproduce
 * section 3.1 and Tabel 4 exactly (checked in buildHouseFrames):
 * 170 municipalities (93 buitengebied, 51 regiostedelijk, 12 grootstad rand, 11 centrumstad,
 * 3 grootstad; l. 370-380); 22 intermunicipal houses, 6 only in buitengebied, 2 only regiostedelijk,
 * 14 mixing buitengebied with a regiostedelijke gemeente or centrumstad (l. 347-350, 760-761); and
 * 45 houses working only in buitengebied (l. 761-763).
 */
const SHAPES: { count: number; municipalities: Urbanisation[] }[] = [
  { count: 39, municipalities: [b] },
  { count: 1, municipalities: [b, b, b, b, b] },
  { count: 4, municipalities: [b, b, b, b] },
  { count: 1, municipalities: [b, b, b] },
  { count: 32, municipalities: [r] },
  { count: 1, municipalities: [r, r, r] },
  { count: 1, municipalities: [r, r] },
  { count: 3, municipalities: [r, r, b, b] },
  { count: 2, municipalities: [r, b, b, b] },
  { count: 6, municipalities: [r, b, b] },
  { count: 8, municipalities: [c] },
  { count: 3, municipalities: [c, b, b] },
  { count: 12, municipalities: ['grootstad_rand'] },
  { count: 3, municipalities: ['grootstad'] },
];

/**
 * Houses per province within each urbanisation degree. The report gives provinces (Tabel 3) and
 * urbanisation (Tabel 4) separately, never crossed; this split is our reading: the grootsteden in
 * Antwerpen, Oost-Vlaanderen and Brussels, the grootstad rand around the first two, centrumsteden
 * in every province, more buitengebied in Limburg and West-Vlaanderen.
 */
const PROVINCE_SPLIT: Record<Urbanisation, Partial<Record<Province, number>>> = {
  grootstad: { Antwerpen: 1, 'Oost-Vlaanderen': 1, 'Brussels Hoofdstedelijk Gewest': 1 },
  centrumstad: { Antwerpen: 2, Limburg: 2, 'Oost-Vlaanderen': 2, 'Vlaams-Brabant': 2, 'West-Vlaanderen': 3 },
  grootstad_rand: { Antwerpen: 7, 'Oost-Vlaanderen': 5 },
  regiostedelijk: { Antwerpen: 10, Limburg: 8, 'Oost-Vlaanderen': 8, 'Vlaams-Brabant': 9, 'West-Vlaanderen': 10 },
  buitengebied: { Antwerpen: 6, Limburg: 10, 'Oost-Vlaanderen': 9, 'Vlaams-Brabant': 9, 'West-Vlaanderen': 11 },
};

/** The invented grootsteden, by province. */
const CITY_OF: Partial<Record<Province, string>> = {
  Antwerpen: CITY_NAMES[0],
  'Oost-Vlaanderen': CITY_NAMES[1],
  'Brussels Hoofdstedelijk Gewest': CITY_NAMES[2],
};

const URBAN_RANK: Record<Urbanisation, number> = { buitengebied: 0, regiostedelijk: 1, grootstad_rand: 2, centrumstad: 3, grootstad: 4 };

function mostUrban(list: readonly Urbanisation[]): Urbanisation {
  return list.reduce((best, u) => (URBAN_RANK[u] > URBAN_RANK[best] ? u : best), list[0]);
}

/** The example name of the brief is always used, the others are drawn from the list. */
const FIRST_PLACE = 'Voorbeeldegem';

export function buildHouseFrames(figures: ReportFigures, random: Random): { houses: HouseFrame[]; regions: Region[] } {
  const places = [FIRST_PLACE, ...random.shuffle(PLACE_NAMES.filter((p) => p !== FIRST_PLACE))];
  let nextPlace = 0;
  const drafts: Omit<HouseFrame, 'id' | 'region'>[] = [];
  for (const urbanisation of URBANISATION_CODES) {
    const shapes = random.shuffle(
      SHAPES.filter((s) => mostUrban(s.municipalities) === urbanisation).flatMap((s) => Array.from({ length: s.count }, () => s.municipalities)),
    );
    const provinces = random.shuffle(Object.entries(PROVINCE_SPLIT[urbanisation]).flatMap(([p, n]) => Array.from({ length: n ?? 0 }, () => p as Province)));
    if (shapes.length !== provinces.length) throw new Error(`House shapes and provinces disagree for ${urbanisation}`);
    shapes.forEach((shape, i) => {
      const province = provinces[i];
      const municipalities = shape.map((u) => (u === 'grootstad' ? (CITY_OF[province] as string) : places[nextPlace++]));
      const main = municipalities[0];
      const name = municipalities.length === 1 ? main : municipalities.length === 2 ? `${main}-${municipalities[1]}` : `Regio ${main}`;
      drafts.push({
        name: `Huis van het Kind ${name} (fictief)`,
        municipalities,
        municipalityUrbanisation: [...shape],
        province,
        urbanisation,
        intermunicipal: municipalities.length > 1,
      });
    });
  }
  drafts.sort((x, y) => x.municipalities[0].localeCompare(y.municipalities[0], 'nl'));
  const houses: HouseFrame[] = drafts.map((d, i) => ({ ...d, id: `demo-${String(i + 1).padStart(3, '0')}`, region: '' }));
  const regions = assignRegions(houses, random);
  checkFrames(houses, figures);
  return { houses, regions };
}

/** Two regions per province (one for Brussels), each named after its most urban house's town. */
function assignRegions(houses: HouseFrame[], random: Random): Region[] {
  const regions: Region[] = [];
  for (const province of PROVINCES) {
    const inProvince = random.shuffle(houses.filter((h) => h.province === province));
    const parts = inProvince.length > 4 ? 2 : 1;
    for (let part = 0; part < parts; part++) {
      const members = inProvince.filter((_, i) => i % parts === part);
      const centre = [...members].sort(
        (x, y) => URBAN_RANK[y.urbanisation] - URBAN_RANK[x.urbanisation] || x.municipalities[0].localeCompare(y.municipalities[0], 'nl'),
      )[0];
      const region = { id: `demo-regio-${slugify(centre.municipalities[0])}`, name: `Regio ${centre.municipalities[0]}`, province };
      regions.push(region);
      for (const member of members) member.region = region.id;
    }
  }
  return regions;
}

/** Fails loudly when the frames no longer reproduce the report's figures. */
function checkFrames(houses: HouseFrame[], figures: ReportFigures): void {
  const problems: string[] = [];
  if (houses.length !== figures.houses) problems.push(`${houses.length} houses instead of ${figures.houses}`);
  for (const province of PROVINCES) {
    const n = houses.filter((h) => h.province === province).length;
    if (n !== figures.housesByProvince[province]) problems.push(`${province}: ${n} houses, report ${figures.housesByProvince[province]}`);
  }
  for (const u of URBANISATION_CODES) {
    const n = houses.flatMap((h) => h.municipalityUrbanisation).filter((x) => x === u).length;
    if (n !== figures.municipalitiesByUrbanisation[u]) problems.push(`${u}: ${n} municipalities, report ${figures.municipalitiesByUrbanisation[u]}`);
  }
  const intermunicipal = houses.filter((h) => h.intermunicipal);
  if (intermunicipal.length !== figures.intermunicipal.count) problems.push(`${intermunicipal.length} intermunicipal houses`);
  const mixed = intermunicipal.filter((h) => new Set(h.municipalityUrbanisation).size > 1).length;
  if (mixed !== figures.intermunicipal.mixedType) problems.push(`${mixed} mixed intermunicipal houses`);
  for (const [u, n] of Object.entries(figures.intermunicipal.sameType)) {
    const same = intermunicipal.filter((h) => h.municipalityUrbanisation.every((x) => x === u)).length;
    if (same !== n) problems.push(`${same} intermunicipal houses only in ${u}, report ${n}`);
  }
  const onlyRural = houses.filter((h) => h.municipalityUrbanisation.every((x) => x === 'buitengebied')).length;
  if (onlyRural !== figures.housesOnlyBuitengebied) problems.push(`${onlyRural} houses only in buitengebied`);
  const names = new Set(houses.flatMap((h) => h.municipalities));
  if (names.size !== houses.flatMap((h) => h.municipalities).length) problems.push('a municipality name is used twice');
  if (problems.length) throw new Error(`The demo houses do not match the report: ${problems.join('; ')}`);
}
