import 'server-only';
import { countHouseCells } from '@/graph/repositories/survey-figures';
import type { HouseCellCount } from '@/lib/domain/overview/records';
import { canReadAgencyOverview } from '../domain/access-rules';
import type { SessionUser } from '../domain/actor';
import { safeSelections, type HouseCell } from '../domain/differencing';
import { PROVINCES, URBANISATION_CODES } from '../domain/regions';
import type { SurveyFilter } from '../domain/survey/survey-filter';
import { filterCount, MIN_HOUSES_IN_SELECTION, type FigureAudience, type SelectionRefusal } from '../domain/survey/survey-figures';

/**
 * Who may see which selection of the survey figures (issue 15, item 5). Kind en Gezin and the
 * beheerder read every house anyway: any selection of at least 5 houses. Everyone else (visitors,
 * coordinators, facilitators) gets whole Flanders and the single filters (one province, one
 * urbanisation degree, intermunicipal or not) that cannot be added and subtracted down to fewer
 * than 5 houses, together with each other and with Flanders (lib/domain/differencing.ts); never
 * two filters combined. Which single filters those are follows from the houses in the database.
 */
export function audienceOf(user: SessionUser | null): FigureAudience {
  return user && canReadAgencyOverview(user) ? 'agency' : 'public';
}

function cellKey(cell: Pick<HouseCellCount, 'province' | 'urbanisation' | 'intermunicipal'>): string {
  return JSON.stringify([cell.province, cell.urbanisation, cell.intermunicipal]);
}

/** Whether a house in this cell is in the filter's selection (as graph/repositories/survey-figures.ts selects). */
function inSelection(cell: HouseCellCount, filter: SurveyFilter): boolean {
  return (
    (!filter.provincie || cell.province === filter.provincie) &&
    (!filter.verstedelijking || cell.urbanisation === filter.verstedelijking) &&
    (!filter.intergemeentelijk || cell.intermunicipal === (filter.intergemeentelijk === 'ja'))
  );
}

/** Every single filter, in the order the form lists them (the order decides which is kept first). */
const SINGLE_FILTERS: SurveyFilter[] = [
  ...PROVINCES.map((provincie) => ({ provincie })),
  ...URBANISATION_CODES.map((verstedelijking) => ({ verstedelijking })),
  { intergemeentelijk: 'ja' as const },
  { intergemeentelijk: 'nee' as const },
];

/** The single filters anyone may see, for these cell counts. */
function publicFiltersFor(counts: HouseCellCount[]): SurveyFilter[] {
  const cells: HouseCell[] = counts.map((c) => ({ key: cellKey(c), houses: c.houses }));
  const everything = new Set(cells.map((c) => c.key));
  const candidates = SINGLE_FILTERS.map((filter) => ({ selection: filter, cells: new Set(counts.filter((c) => inSelection(c, filter)).map(cellKey)) }));
  return safeSelections(everything, candidates, cells, MIN_HOUSES_IN_SELECTION).map((k) => k.selection);
}

// The answer depends only on the counts per cell, which change when a house is added or moved:
// kept for the last counts seen (per source: the houses now, each round's submissions), so a
// page view costs one small read.
const last = new Map<string, SurveyFilter[]>();

/** The single filters anyone may see; `counts` are the cells of the source shown (default: every house now). */
export async function publicFilters(counts?: HouseCellCount[]): Promise<SurveyFilter[]> {
  const cells = counts ?? (await countHouseCells());
  const key = JSON.stringify(cells.map((c) => [cellKey(c), c.houses]).sort());
  if (!last.has(key)) {
    if (last.size > 50) last.clear();
    last.set(key, publicFiltersFor(cells));
  }
  return last.get(key)!;
}

function sameFilter(a: SurveyFilter, b: SurveyFilter): boolean {
  return a.provincie === b.provincie && a.verstedelijking === b.verstedelijking && a.intergemeentelijk === b.intergemeentelijk;
}

/** Why this audience may not see this selection (of the source with these cells: default every house now); null when it may. */
export async function selectionRefusal(filter: SurveyFilter, audience: FigureAudience, counts?: HouseCellCount[]): Promise<SelectionRefusal | null> {
  if (audience === 'agency') return null;
  const count = filterCount(filter);
  if (count === 0) return null;
  if (count > 1) return 'combined';
  return (await publicFilters(counts)).some((f) => sameFilter(f, filter)) ? null : 'differencing';
}
