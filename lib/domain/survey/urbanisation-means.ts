import { URBANISATION_CODES, URBANISATION_LABELS, type Urbanisation } from '../regions';
import type { MeanFigures } from './source-figures';
import { mean } from './distribution-table';

export interface UrbanisationMeansRow {
  urbanisation: Urbanisation;
  label: string;
  houses: number;
  direct: number | null;
  kernpartners: number | null;
  /** The compared source's means (by default the report's); null where it has no house of this degree. */
  reportDirect: number | null;
  reportKernpartners: number | null;
  /** Houses of this degree in the compared source; null for the report, which does not say. */
  reportHouses?: number | null;
  line: number;
}

export interface UrbanisationMeansTable {
  kind: 'means';
  id: 'verstedelijking';
  table: string;
  title: string;
  line: number;
  rows: UrbanisationMeansRow[];
}

/** The lines of section 4.4.3 that give each degree's means (report l. 3360-3370). */
export type MeansLines = Record<Urbanisation, number>;

/** Section 4.4.3 from two sources: mean number of direct actors and kernpartners per urbanisation degree. */
export function buildUrbanisationMeansFrom(
  shown: Record<Urbanisation, MeanFigures>,
  compared: Record<Urbanisation, MeanFigures>,
  lines: MeansLines,
): UrbanisationMeansTable {
  const rows = URBANISATION_CODES.map((code) => ({
    urbanisation: code,
    label: URBANISATION_LABELS[code],
    houses: shown[code].houses ?? 0,
    direct: shown[code].direct,
    kernpartners: shown[code].kernpartners,
    reportDirect: compared[code].direct,
    reportKernpartners: compared[code].kernpartners,
    reportHouses: compared[code].houses,
    line: lines[code],
  }));
  return {
    kind: 'means',
    id: 'verstedelijking',
    table: 'Punt 4.4.3',
    title: 'Gemiddeld aantal direct betrokken actoren en kernpartners naar verstedelijkingsgraad',
    line: 3360,
    rows,
  };
}

/** Section 4.4.3: mean number of direct actors and kernpartners per urbanisation degree. */
export function buildUrbanisationMeans(
  houses: { urbanisation: string; direct: number; kernpartners: number }[],
  report: Record<Urbanisation, { direct: number; kernpartners: number; line: number }>,
): UrbanisationMeansTable {
  const shown = Object.fromEntries(
    URBANISATION_CODES.map((code) => {
      const selected = houses.filter((h) => h.urbanisation === code);
      return [code, { houses: selected.length, direct: mean(selected.map((h) => h.direct)), kernpartners: mean(selected.map((h) => h.kernpartners)) }];
    }),
  ) as Record<Urbanisation, MeanFigures>;
  const compared = Object.fromEntries(
    URBANISATION_CODES.map((code) => [code, { houses: null, direct: report[code].direct, kernpartners: report[code].kernpartners }]),
  ) as Record<Urbanisation, MeanFigures>;
  const lines = Object.fromEntries(URBANISATION_CODES.map((code) => [code, report[code].line])) as MeansLines;
  return buildUrbanisationMeansFrom(shown, compared, lines);
}
