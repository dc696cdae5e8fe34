import type { HouseNetwork } from '../house-network';
import type { LevelCode } from '../levels';
import { typeLevel } from '../map/map-entries';
import { actorEntryKey, parseEntryKey, typeEntryKey } from '../entry-key';

/**
 * What a participant can say something about: every named organisation, and every type that
 * names none (answered or not). A type with named organisations is reached through them, because
 * its level follows from theirs. Sorted by cluster, then name, like the map.
 */
export interface ActorChoice {
  key: string;
  name: string;
  typeName: string;
  clusterName: string;
  clusterOrder: number;
  level: LevelCode | null;
  version: number;
  mandatory: boolean;
}

export function actorChoices(network: HouseNetwork): ActorChoice[] {
  const clusters = new Map(network.clusters.map((c) => [c.code, c]));
  const choices: ActorChoice[] = [];
  for (const type of network.types) {
    const cluster = clusters.get(type.cluster);
    const base = { typeName: type.name, clusterName: cluster?.name ?? type.cluster, clusterOrder: cluster?.order ?? 99, mandatory: type.mandatory };
    const named = network.actors.filter((a) => a.typeCode === type.code);
    for (const actor of named) choices.push({ ...base, key: actorEntryKey(actor.id), name: actor.name, level: actor.level, version: actor.version });
    if (named.length === 0)
      choices.push({ ...base, key: typeEntryKey(type.code), name: type.name, level: typeLevel(type, network.actors), version: type.answer?.version ?? 0 });
  }
  return choices.sort((a, b) => a.clusterOrder - b.clusterOrder || a.name.localeCompare(b.name, 'nl') || a.key.localeCompare(b.key));
}

/** The current level and version of one entry key, or null when the network has no such entry. */
export function entryVersion(network: HouseNetwork, key: string): { level: LevelCode | null; version: number; name: string } | null {
  const entry = parseEntryKey(key);
  if (entry?.kind === 'actor') {
    const actor = network.actors.find((a) => a.id === entry.id);
    return actor ? { level: actor.level, version: actor.version, name: actor.name } : null;
  }
  if (entry?.kind === 'type') {
    const type = network.types.find((t) => t.code === entry.code);
    return type ? { level: typeLevel(type, network.actors), version: type.answer?.version ?? 0, name: type.name } : null;
  }
  return null;
}
