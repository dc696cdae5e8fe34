import { LEVELS, type LevelCode } from '../levels';
import { URBANISATION_LABELS, type Urbanisation } from '../regions';

/**
 * The many-houses format, as the 2016 survey data would be kept: a row per house, the house's own
 * columns first, then a column per catalogue type (its questionnaire name; the table row name,
 * the code or the report's abbreviation are read too), the answers in the cells.
 */
export const MATRIX_HOUSE_COLUMNS = {
  code: ['Code', 'Code huis', 'Huiscode', 'Id'],
  name: ['Huis van het Kind', 'Huis', 'Naam', 'Naam huis'],
  municipalities: ['Gemeenten', 'Gemeente', 'Werkingsgebied'],
  province: ['Provincie'],
  urbanisation: ['Verstedelijkingsgraad', 'Verstedelijking'],
};

const MATRIX_HEADER_START = ['Code', 'Huis van het Kind', 'Gemeenten', 'Provincie', 'Verstedelijkingsgraad'];

export interface MatrixHouse {
  id: string;
  name: string;
  municipalities: string[];
  province: string;
  urbanisation: Urbanisation;
  /** Answers by type code. */
  answers: Record<string, LevelCode>;
}

/** The header and rows of the many-houses file (shared by the CSV and the XLSX export). */
export function matrixSheet(houses: MatrixHouse[], types: { code: string; name: string }[]): { header: string[]; rows: string[][] } {
  return {
    header: [...MATRIX_HEADER_START, ...types.map((t) => t.name)],
    rows: houses.map((h) => [
      h.id,
      h.name,
      h.municipalities.join(', '),
      h.province,
      URBANISATION_LABELS[h.urbanisation] ?? h.urbanisation,
      ...types.map((t) => (h.answers[t.code] ? LEVELS[h.answers[t.code]].label : '')),
    ]),
  };
}
