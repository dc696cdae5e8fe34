import type { HouseNetwork } from './house-network';
import type { LevelCode } from './levels';
import { toMapEntries, type MapEntry } from './map/map-entries';
import { diffTies, type TieDiff } from './ties/tie-diff';
import { parseEntryKey } from './entry-key';

export interface DiffItem {
  key: string;
  name: string;
  typeName: string;
  from: LevelCode | null;
  to: LevelCode | null;
  /** For a change: what changed besides the level (via overleg). */
  viaFrom?: string | null;
  viaTo?: string | null;
}

export interface NetworkDiff {
  added: DiffItem[];
  removed: DiffItem[];
  changed: DiffItem[];
  /** Ties between partners drawn and removed (lib/domain/ties/tie-diff.ts). */
  ties?: TieDiff;
}

function comparable(network: HouseNetwork): Map<string, MapEntry> {
  return new Map(
    toMapEntries(network)
      .filter((e) => e.kind !== 'missing' && e.placement !== 'none')
      .map((e) => [e.key, e]),
  );
}

/**
 * What changed between two states of a house's map: actors (or type answers) added, removed,
 * and changed in level or forum. Missing-mandatory placeholders are not actors and are left out.
 */
export function diffNetworks(before: HouseNetwork, after: HouseNetwork): NetworkDiff {
  const a = comparable(before);
  const b = comparable(after);
  const item = (e: MapEntry, from: LevelCode | null, to: LevelCode | null): DiffItem => ({ key: e.key, name: e.name, typeName: e.typeName, from, to });
  const added = [...b.values()].filter((e) => !a.has(e.key)).map((e) => item(e, null, e.level));
  const removed = [...a.values()].filter((e) => !b.has(e.key)).map((e) => item(e, e.level, null));
  const changed: DiffItem[] = [];
  for (const e of b.values()) {
    const old = a.get(e.key);
    if (!old) continue;
    if (old.level !== e.level || (old.via?.name ?? null) !== (e.via?.name ?? null)) {
      changed.push({ ...item(e, old.level, e.level), viaFrom: old.via?.name ?? null, viaTo: e.via?.name ?? null });
    }
  }
  return { added, removed, changed, ties: diffTies(before, after) };
}

/** Map classes for a diff: added green, changed amber, removed red (drawn as ghosts). */
export function diffDecorations(diff: NetworkDiff): Record<string, string> {
  return Object.fromEntries([
    ...diff.added.map((d) => [d.key, 'diff-added']),
    ...diff.changed.map((d) => [d.key, 'diff-changed']),
    ...diff.removed.map((d) => [d.key, 'diff-removed']),
  ]);
}

/**
 * The network to draw for a comparison: the later state, plus the removed actors and answers
 * from the earlier one, so that what left can be seen (and coloured) on the map too.
 */
export function mergeForComparison(before: HouseNetwork, after: HouseNetwork, diff: NetworkDiff): HouseNetwork {
  const removedEntries = diff.removed.map((d) => parseEntryKey(d.key));
  const removedActors = new Set(removedEntries.flatMap((e) => (e?.kind === 'actor' ? [e.id] : [])));
  const removedTypes = new Set(removedEntries.flatMap((e) => (e?.kind === 'type' ? [e.code] : [])));
  const types = after.types.map((t) =>
    removedTypes.has(t.code) && !t.answer ? { ...t, answer: before.types.find((o) => o.code === t.code)?.answer ?? null } : t,
  );
  for (const t of before.types) if (removedTypes.has(t.code) && !types.some((x) => x.code === t.code)) types.push(t);
  return {
    ...after,
    types,
    actors: [...after.actors, ...before.actors.filter((a) => removedActors.has(a.id))],
    forums: [...after.forums, ...before.forums.filter((f) => !after.forums.some((x) => x.id === f.id))],
  };
}
