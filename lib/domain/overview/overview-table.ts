import { URBANISATION_CODES } from '../regions';
import { houseGaps, unaskedMode } from './house-gaps';
import type { MatrixColumn } from './matrix-columns';
import type { OverviewFilter, SortKey } from './overview-filter';
import type { OverviewHouse } from './overview-house';

/** A row of the house table: the house with its counted gaps. */
export interface OverviewRow extends OverviewHouse {
  gaps: MatrixColumn[];
}

/** Lower case without accents, so "Sint-Niklaas" is found by "sint niklaas" and "Ieper" by "ïeper". */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[-_/.,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function matchesSearch(house: OverviewHouse, query: string): boolean {
  const haystack = searchKey([house.name, house.id, ...house.municipalities].join(' '));
  return searchKey(query)
    .split(' ')
    .every((word) => haystack.includes(word));
}

const URBANISATION_RANK = new Map(URBANISATION_CODES.map((code, i) => [code, i]));

const COMPARE: Record<SortKey, (a: OverviewRow, b: OverviewRow) => number> = {
  naam: () => 0,
  provincie: (a, b) => a.province.localeCompare(b.province, 'nl'),
  verstedelijking: (a, b) => (URBANISATION_RANK.get(a.urbanisation) ?? 9) - (URBANISATION_RANK.get(b.urbanisation) ?? 9),
  direct: (a, b) => a.direct - b.direct,
  kernpartners: (a, b) => a.kernpartners - b.kernpartners,
  'nog-niet': (a, b) => a.nogNiet - b.nogNiet,
  indirect: (a, b) => a.indirect - b.indirect,
  hiaten: (a, b) => a.gaps.length - b.gaps.length,
};

/** Numbers sort high to low by default (who has most), text A to Z. */
export function defaultDirection(key: SortKey): 'op' | 'af' {
  return ['naam', 'provincie', 'verstedelijking'].includes(key) ? 'op' : 'af';
}

/**
 * The house table for a selection: filtered (province, urbanisation, intermunicipal, has a gap),
 * searched (name, code, municipalities), and sorted, ties by name. Pure: the page, the exports and
 * the print view all call it, so they always show the same rows.
 */
export function buildOverviewRows(houses: OverviewHouse[], columns: MatrixColumn[], filter: OverviewFilter): OverviewRow[] {
  const mode = unaskedMode(filter);
  const rows = houses
    .filter((h) => !filter.provincie || h.province === filter.provincie)
    .filter((h) => !filter.verstedelijking || h.urbanisation === filter.verstedelijking)
    .filter((h) => !filter.intergemeentelijk || h.intermunicipal === (filter.intergemeentelijk === 'ja'))
    .filter((h) => !filter.zoek || matchesSearch(h, filter.zoek))
    .map((h) => ({ ...h, gaps: houseGaps(h, columns, mode) }))
    .filter((h) => !filter.hiaat || h.gaps.length > 0 === (filter.hiaat === 'ja'));
  const key = filter.sorteer ?? 'naam';
  const sign = (filter.richting ?? defaultDirection(key)) === 'af' ? -1 : 1;
  const byName = (a: OverviewRow, b: OverviewRow) => a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id);
  return rows.sort((a, b) => sign * COMPARE[key](a, b) || sign * (key === 'naam' ? byName(a, b) : 0) || byName(a, b));
}
