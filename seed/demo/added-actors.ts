import { z } from 'zod';
import addedJson from '../data/added-actors-2016.json';
import type { LevelCode } from '../../lib/domain/levels';
import type { Province } from '../../lib/domain/regions';
import type { DemoCustomType } from './demo-types';

/**
 * The actors that houses added themselves (‘Andere’ rows): Tabel 24 (l. 2931-2997) and the 4.3
 * prose, read from seed/data/added-actors-2016.json. Every mention with a level becomes one answer
 * row of one house; mentions without a level (‘geen score’, or none given) are left out.
 */
const levelKey = z.enum(['minimaal', 'gemiddeld', 'kernpartner', 'indirect', 'nogNiet', 'geenScore']);
const addedSchema = z.object({
  tabel24: z.object({
    line: z.number().int(),
    cluster: z.string(),
    rows: z.array(
      z.object({
        name: z.string(),
        line: z.number().int(),
        counts: z.record(z.string(), z.number().int()),
        relatesToType: z.string().optional(),
      }),
    ),
  }),
  prose: z.array(
    z.object({
      name: z.string(),
      cluster: z.string(),
      alsoFits: z.array(z.string()),
      levels: z.array(z.object({ level: levelKey, count: z.number().int() })),
      line: z.number().int(),
    }),
  ),
});

export interface AddedRow {
  typeCode: string;
  level: LevelCode;
}

/** Rows that go to one house together. */
export interface AddedUnit {
  id: string;
  rows: AddedRow[];
  /** Set when the report ties the kind to one province. */
  province: Province | null;
}

export interface AddedActors {
  /** Each with `label`, the name template of an organisation of that kind (`{m}`: municipality). */
  types: (DemoCustomType & { label: string })[];
  units: AddedUnit[];
}

/**
 * Mentions that the report puts in one house. Their rows stay separate answers (each was its own
 * ‘Andere’ or Privépraktijk row), so a second or third row of one kind gets its own numbered type.
 */
const SAME_HOUSE: { line: number; kinds: { name: string; rows: number }[] }[] = [
  {
    // ‘Bij één Huis van het Kind zijn de drie gerapporteerde vroedvrouwen(teams) kernpartner. In dit
    // Huis van het Kind is ook de vzw borstvoeding kernpartner.’ (l. 2758-2759)
    line: 2758,
    kinds: [
      { name: 'vroedvrouwen(teams) (via ‘privépraktijk’ of ‘andere’)', rows: 3 },
      { name: 'vzw borstvoeding', rows: 1 },
    ],
  },
  {
    // ‘Eén Huis van het Kind voegt drie bijkomende kernpartners toe: een babycoachproject dat start in
    // de zwangerschap en twee initiatieven voor opvoedingsondersteuning aan huis.’ (l. 3137-3138)
    line: 3137,
    kinds: [
      { name: 'babycoachproject dat start in de zwangerschap', rows: 1 },
      { name: 'initiatieven voor opvoedingsondersteuning aan huis', rows: 2 },
    ],
  },
];

/** Kind en Taal works within the ‘Strategisch Plan voor Limburg in het Kwadraat’ (l. 3144-3146). */
const PROVINCE_OF_KIND: Record<string, Province> = { 'Kind en Taal': 'Limburg' };

/**
 * Catalogue types the prose ties an added kind to: Kind en Taal is an ‘aanbod dat inzet op het
 * versterken van de onderwijskansen’ (l. 3012-3013, 3141-3143); the added vroedvrouwen were entered
 * under Privépraktijk, ‘die in de opgegeven actorenlijst voor de actor vroedvrouw stond’, or Andere
 * (l. 2756-2758). Tabel 24 rows carry their own relatesToType.
 */
const RELATES_TO_OF_KIND: Record<string, string> = {
  'Kind en Taal': 'aanbod-onderwijskansen',
  'vroedvrouwen(teams) (via ‘privépraktijk’ of ‘andere’)': 'vroedvrouwen',
  '‘andere’ vroedvrouw': 'vroedvrouwen',
};

const LEVEL_OF_KEY: Record<string, LevelCode | null> = {
  minimaal: 'minimaal',
  gemiddeld: 'gemiddeld',
  kernpartner: 'kernpartner',
  indirect: 'indirect',
  nogNiet: 'nog_niet',
  geenScore: null,
};

export function slugify(text: string, maxLength = 44): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  return cut.slice(0, cut.lastIndexOf('-') > 10 ? cut.lastIndexOf('-') : maxLength);
}

interface Kind {
  name: string;
  cluster: string;
  alsoFits: string[];
  relatesTo: string | null;
  source: string;
  mentions: LevelCode[];
}

function readKinds(): Kind[] {
  const added = addedSchema.parse(addedJson);
  const kinds: Kind[] = [];
  for (const row of added.tabel24.rows) {
    const mentions: LevelCode[] = [];
    for (const [key, count] of Object.entries(row.counts)) {
      const level = LEVEL_OF_KEY[key];
      if (level) for (let i = 0; i < count; i++) mentions.push(level);
    }
    kinds.push({
      name: row.name,
      cluster: added.tabel24.cluster,
      alsoFits: [],
      relatesTo: row.relatesToType ?? null,
      source: `Tabel 24, l. ${row.line}`,
      mentions,
    });
  }
  for (const item of added.prose) {
    const mentions: LevelCode[] = [];
    for (const { level, count } of item.levels) {
      const code = LEVEL_OF_KEY[level];
      if (code) for (let i = 0; i < count; i++) mentions.push(code);
    }
    kinds.push({
      name: item.name,
      cluster: item.cluster,
      alsoFits: item.alsoFits,
      relatesTo: RELATES_TO_OF_KIND[item.name] ?? null,
      source: `4.3, l. ${item.line}`,
      mentions,
    });
  }
  return kinds;
}

export function buildAddedActors(labelOf: (name: string) => string): AddedActors {
  const kinds = readKinds().filter((kind) => kind.mentions.length > 0);
  const types: AddedActors['types'] = [];
  const kindOfCode = new Map<string, string>();
  const typeFor = (kind: Kind, rowNumber: number): string => {
    const base = `andere-${slugify(labelOf(kind.name))}`;
    const code = rowNumber === 1 ? base : `${base}-${rowNumber}`;
    const owner = kindOfCode.get(code);
    if (owner !== undefined && owner !== kind.name) throw new Error(`Two added kinds share the code ${code}`);
    if (owner === undefined) {
      kindOfCode.set(code, kind.name);
      types.push({
        code,
        name: rowNumber === 1 ? kind.name : `${kind.name} (${rowNumber})`,
        cluster: kind.cluster,
        alsoFits: kind.alsoFits,
        relatesTo: kind.relatesTo,
        source: kind.source,
        label: rowNumber === 1 ? `${labelOf(kind.name)} {m}` : `${labelOf(kind.name)} {m} ${rowNumber}`,
      });
    }
    return code;
  };
  const remaining = new Map(kinds.map((kind) => [kind.name, [...kind.mentions]]));
  const units: AddedUnit[] = [];
  for (const group of SAME_HOUSE) {
    const rows: AddedRow[] = [];
    for (const { name, rows: count } of group.kinds) {
      const kind = kinds.find((k) => k.name === name);
      const left = remaining.get(name);
      if (!kind || !left || left.length < count) throw new Error(`added-actors-2016.json lacks ${count} mentions of ${name}`);
      for (let n = 1; n <= count; n++) rows.push({ typeCode: typeFor(kind, n), level: left.shift() as LevelCode });
    }
    units.push({ id: `l${group.line}`, rows, province: null });
  }
  for (const kind of kinds) {
    const code = typeFor(kind, 1);
    for (const [index, level] of (remaining.get(kind.name) ?? []).entries()) {
      units.push({ id: `${code}#${index + 1}`, rows: [{ typeCode: code, level }], province: PROVINCE_OF_KIND[kind.name] ?? null });
    }
  }
  return { types, units };
}
