import type { EntryDetails, HouseNetwork, NetworkActor, NetworkType } from '../house-network';
import { strongestLevel, type LevelCode } from '../levels';
import { isGap } from '../mandatory-gaps';
import { actorEntryKey, typeEntryKey } from '../entry-key';

/**
 * Where an entry shows: on a ring of the map, in the grey tray beside it ("niet aanwezig in
 * werkgebied" and, separately, "niet"), or only in the questionnaire (no answer, not mandatory).
 */
export type Placement = 'ring' | 'tray' | 'none';

/**
 * One row of the house's partnership: a named organisation, a type answered without naming
 * organisations, or a placeholder for a mandatory partner that is missing. The map, the table,
 * the CSV, the SVG and snapshots all read these; they are the one shape of "what the map shows".
 */
export interface MapEntry extends EntryDetails {
  /** Stable key: `actor:<id>`, `type:<code>` or `missing:<code>`. Also the Cytoscape node id. */
  key: string;
  kind: 'actor' | 'type' | 'missing';
  name: string;
  typeCode: string;
  typeName: string;
  cluster: string;
  clusterName: string;
  clusterOrder: number;
  /** Null only for a placeholder of an unanswered mandatory type. */
  level: LevelCode | null;
  mandatory: boolean;
  /** A mandatory partner that is not there: niet, nog niet or no answer while present in the area. */
  missingMandatory: boolean;
  /** For a type: its level follows from named organisations. */
  derived: boolean;
  via: { id: string; name: string } | null;
  regional: boolean;
  forums: { id: string; name: string }[];
  otherHouses: { id: string; name: string; level: LevelCode }[];
  /** The id the write goes to: the actor id, or the type code. Null for a placeholder. */
  targetId: string | null;
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
  placement: Placement;
}

const NO_DETAILS: EntryDetails = { note: null, owner: null, nextStep: null, due: null, desired: null };

/** The level a type stands at for this house: the answer, or the strongest named organisation. */
export function typeLevel(type: NetworkType, actors: NetworkActor[]): LevelCode | null {
  const named = actors.filter((a) => a.typeCode === type.code);
  if (named.length > 0) return strongestLevel(named.map((a) => a.level));
  return type.answer?.level ?? null;
}

/** A mandatory type is a gap when it is niet, nog niet or unanswered (niet aanwezig is no gap). */
function isMandatoryGap(type: NetworkType, level: LevelCode | null): boolean {
  return type.mandatory && isGap(level);
}

function placementOf(level: LevelCode | null, missingMandatory: boolean): Placement {
  if (level === null) return missingMandatory ? 'ring' : 'none';
  if (level === 'niet_aanwezig') return 'tray';
  if (level === 'niet') return 'tray';
  return 'ring';
}

/** All entries of a house, sorted by cluster order, then name: stable across visits. */
export function toMapEntries(network: HouseNetwork): MapEntry[] {
  const clusters = new Map(network.clusters.map((c) => [c.code, c]));
  const forumNames = new Map<string, string>(network.forums.map((f) => [f.id, f.name]));
  for (const actor of network.actors) for (const f of actor.forums) if (!forumNames.has(f.id)) forumNames.set(f.id, f.name);
  const entries: MapEntry[] = [];
  for (const type of network.types) {
    const cluster = clusters.get(type.cluster);
    const base = {
      typeCode: type.code,
      typeName: type.name,
      cluster: type.cluster,
      clusterName: cluster?.name ?? type.cluster,
      clusterOrder: cluster?.order ?? 99,
      mandatory: type.mandatory,
    };
    const named = network.actors.filter((a) => a.typeCode === type.code);
    const level = typeLevel(type, network.actors);
    const gap = isMandatoryGap(type, level);
    for (const actor of named) {
      entries.push({
        ...base,
        key: actorEntryKey(actor.id),
        kind: 'actor',
        name: actor.name,
        level: actor.level,
        missingMandatory: gap && actor.level === 'nog_niet',
        derived: false,
        via: actor.via ? { id: actor.via, name: forumNames.get(actor.via) ?? actor.via } : null,
        regional: actor.regional,
        forums: actor.forums,
        otherHouses: actor.otherHouses,
        targetId: actor.id,
        version: actor.version,
        updatedAt: actor.updatedAt,
        updatedBy: actor.updatedBy,
        note: actor.note,
        owner: actor.owner,
        nextStep: actor.nextStep,
        due: actor.due,
        desired: actor.desired ?? null,
        placement: placementOf(actor.level, false),
      });
    }
    if (named.length === 0 && type.answer) {
      const answer = type.answer;
      entries.push({
        ...base,
        key: typeEntryKey(type.code),
        kind: 'type',
        name: type.name,
        level: answer.level,
        missingMandatory: gap && answer.level === 'nog_niet',
        derived: answer.derived,
        via: null,
        regional: false,
        forums: [],
        otherHouses: [],
        targetId: type.code,
        version: answer.version,
        updatedAt: answer.updatedAt ?? null,
        updatedBy: answer.updatedBy ?? null,
        note: answer.note ?? null,
        owner: answer.owner ?? null,
        nextStep: answer.nextStep ?? null,
        due: answer.due ?? null,
        desired: answer.desired ?? null,
        placement: placementOf(answer.level, false),
      });
    }
    // Niet or no answer: the gap gets its own warning placeholder on the map. (A "nog niet"
    // entry is already on the outer ring and carries the warning itself.)
    if (gap && level !== 'nog_niet') {
      entries.push({
        ...base,
        ...NO_DETAILS,
        key: `missing:${type.code}`,
        kind: 'missing',
        name: type.name,
        level,
        missingMandatory: true,
        derived: false,
        via: null,
        regional: false,
        forums: [],
        otherHouses: [],
        targetId: null,
        version: 0,
        updatedAt: null,
        updatedBy: null,
        placement: 'ring',
      });
    }
  }
  return entries.sort(compareEntries);
}

function compareEntries(a: MapEntry, b: MapEntry): number {
  return a.clusterOrder - b.clusterOrder || a.name.localeCompare(b.name, 'nl') || a.key.localeCompare(b.key);
}

/** The ring an entry sits on: 1 kernpartner … 5 nog niet and missing mandatory partners. */
export function ringOf(entry: MapEntry): number {
  if (entry.kind === 'missing') return 5;
  switch (entry.level) {
    case 'kernpartner':
      return 1;
    case 'gemiddeld':
      return 2;
    case 'minimaal':
      return 3;
    case 'indirect':
      return 4;
    default:
      return 5;
  }
}
