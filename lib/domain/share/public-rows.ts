import type { CsvCell } from '../csv';
import { levelLabel } from '../levels';
import type { MapEntry } from '../map/map-entries';

/** The deellink's table and CSV: names, types, clusters, levels and the overleg of an indirect link; nothing else. */
export const PUBLIC_HEADER = ['Actor', 'Soort actor', 'Domeincluster', 'Betrokkenheid', 'Verplicht aan te sluiten', 'Via overleg'];

export function publicRows(entries: MapEntry[]): CsvCell[][] {
  return entries
    .filter((e) => e.placement !== 'none')
    .map((e) => [
      e.name,
      e.typeName,
      e.clusterName,
      e.kind === 'missing' ? `ontbreekt (${e.level ? levelLabel(e.level).toLowerCase() : 'geen antwoord'})` : e.level ? levelLabel(e.level) : '',
      e.mandatory ? 'ja' : 'nee',
      e.via?.name ?? '',
    ]);
}
