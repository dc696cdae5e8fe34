import type { ImportCounts } from './preview';

/** "3 nieuw, 1 gewijzigd, 12 ongewijzigd, 2 overgeslagen (lijst.csv, 18 rijen)" for the audit trail. */
export function importSummary(fileName: string, rows: number, counts: ImportCounts): string {
  return `${counts.create} nieuw, ${counts.update} gewijzigd, ${counts.unchanged} ongewijzigd, ${counts.skip} overgeslagen (${fileName}, ${rows} ${rows === 1 ? 'rij' : 'rijen'})`;
}
