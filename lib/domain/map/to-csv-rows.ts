import { dateCell, type CsvCell } from '../csv';
import { levelLabel } from '../levels';
import type { MapEntry } from './map-entries';

export const CSV_HEADER = [
  'Actor',
  'Soort actor',
  'Domeincluster',
  'Betrokkenheid',
  'Verplicht aan te sluiten',
  'Ontbreekt',
  'Via overleg',
  'Notitie',
  'Gewenst',
  'Trekker',
  'Volgende stap',
  'Streefdatum',
  'Laatst gewijzigd',
  'Door',
];

/** A house's own type ("Andere", made on the questionnaire page or by an import). */
function isOwnTypeCode(code: string): boolean {
  return code.startsWith('andere-');
}

/**
 * The table of the map as CSV rows (same rows as the table view), dates as date cells (text in
 * the CSV, real dates in the XLSX). This is also the one-house import format
 * (lib/domain/import/house-rows.ts): a house's own types are written "Andere: <naam>", as the
 * questionnaire's "Andere" rows, so that they import back as the house's own types.
 */
export function toCsvRows(entries: MapEntry[]): CsvCell[][] {
  return entries
    .filter((e) => e.placement !== 'none')
    .map((e) => [
      e.name,
      e.kind === 'missing' ? `${e.typeName} (plaatshouder)` : isOwnTypeCode(e.typeCode) ? `Andere: ${e.typeName}` : e.typeName,
      e.clusterName,
      levelLabel(e.level),
      e.mandatory ? 'ja' : 'nee',
      e.missingMandatory ? 'ja' : 'nee',
      e.via?.name ?? null,
      e.note,
      e.desired ? levelLabel(e.desired) : null,
      e.owner,
      e.nextStep,
      dateCell(e.due),
      dateCell(e.updatedAt, true),
      e.updatedBy,
    ]);
}
