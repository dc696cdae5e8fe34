import { URBANISATION_CODES, URBANISATION_LABELS, type Urbanisation } from '../regions';
import { mean } from './distribution-table';

export interface UrbanisationMeansRow {
  urbanisation: Urbanisation;
  label: string;
  houses: number;
  direct: number | null;
  kernpartners: number | null;
  reportDirect: number;
  reportKernpartners: number;
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

/** Section 4.4.3: mean number of direct actors and kernpartners per urbanisation degree. */
export function buildUrbanisationMeans(
  houses: { urbanisation: string; direct: number; kernpartners: number }[],
  report: Record<Urbanisation, { direct: number; kernpartners: number; line: number }>,
): UrbanisationMeansTable {
  const rows = URBANISATION_CODES.map((code) => {
    const selected = houses.filter((h) => h.urbanisation === code);
    return {
      urbanisation: code,
      label: URBANISATION_LABELS[code],
      houses: selected.length,
      direct: mean(selected.map((h) => h.direct)),
      kernpartners: mean(selected.map((h) => h.kernpartners)),
      reportDirect: report[code].direct,
      reportKernpartners: report[code].kernpartners,
      line: report[code].line,
    };
  });
  return {
    kind: 'means',
    id: 'verstedelijking',
    table: 'Punt 4.4.3',
    title: 'Gemiddeld aantal direct betrokken actoren en kernpartners naar verstedelijkingsgraad',
    line: 3360,
    rows,
  };
}
