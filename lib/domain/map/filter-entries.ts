import type { LevelCode } from '../levels';
import type { MapEntry } from './map-entries';

export interface MapFilters {
  /** Levels shown; empty = all. 'missing' stands for the placeholders. */
  levels: ReadonlySet<LevelCode | 'missing'>;
  /** Cluster codes shown; empty = all. */
  clusters: ReadonlySet<string>;
  search: string;
}

function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Node ids the filters hide. */
export function hiddenKeys(entries: MapEntry[], filters: MapFilters): Set<string> {
  const hidden = new Set<string>();
  for (const e of entries) {
    const levelKey = e.kind === 'missing' ? 'missing' : e.level;
    if (filters.levels.size > 0 && (levelKey === null || !filters.levels.has(levelKey))) hidden.add(e.key);
    if (filters.clusters.size > 0 && !filters.clusters.has(e.cluster)) hidden.add(e.key);
  }
  return hidden;
}

/** Node ids whose name, type, note or forum matches the search (accents and case ignored). */
export function searchMatches(entries: MapEntry[], search: string): Set<string> {
  const q = normalise(search.trim());
  if (q.length < 2) return new Set();
  return new Set(
    entries
      .filter((e) => [e.name, e.typeName, e.note ?? '', e.via?.name ?? '', ...e.forums.map((f) => f.name)].some((t) => normalise(t).includes(q)))
      .map((e) => e.key),
  );
}
