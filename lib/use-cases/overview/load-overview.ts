import 'server-only';
import { readHouseFigures, readTypeAnswers } from '@/graph/repositories/overview';
import { offerTypeCodes } from '../../domain/overview/minimum-offer';
import { offerFunctions } from '../../reference/minimum-offer';
import { buildOfferTable, type OfferTable } from '../../domain/overview/minimum-offer-rows';
import { assertAgencyRead } from '../access';
import type { SessionUser } from '../../domain/actor';
import type { MatrixColumn } from '../../domain/overview/matrix-columns';
import { matrixColumns } from '../../reference/matrix-columns';
import type { OverviewFilter } from '../../domain/overview/overview-filter';
import { toOverviewHouses, type OverviewHouse } from '../../domain/overview/overview-house';
import { buildOverviewRows, type OverviewRow } from '../../domain/overview/overview-table';

export interface Overview {
  columns: MatrixColumn[];
  /** Every house, for totals ("12 of 116"). */
  all: OverviewHouse[];
  /** The selection, filtered and sorted. */
  rows: OverviewRow[];
}

/** Every house's figures and mandatory answers: two reads in parallel. Kind en Gezin and beheerder only. */
async function loadOverviewHouses(user: SessionUser): Promise<{ columns: MatrixColumn[]; all: OverviewHouse[] }> {
  assertAgencyRead(user);
  const columns = matrixColumns();
  const [figures, answers] = await Promise.all([readHouseFigures(), readTypeAnswers(columns.map((c) => c.code))]);
  return { columns, all: toOverviewHouses(figures, answers, columns) };
}

/** The overview for a selection (the table, the matrix, the exports and the print view). */
export async function loadOverview(user: SessionUser, filter: OverviewFilter): Promise<Overview> {
  const { columns, all } = await loadOverviewHouses(user);
  return { columns, all, rows: buildOverviewRows(all, columns, filter) };
}

/** The Art. 8 check for a selection: the overview's houses plus their answers for the types that count. */
export async function loadMinimumOffer(user: SessionUser, filter: OverviewFilter): Promise<{ all: OverviewHouse[]; table: OfferTable }> {
  assertAgencyRead(user);
  const functions = offerFunctions();
  const [{ columns, all }, answers] = await Promise.all([loadOverviewHouses(user), readTypeAnswers(offerTypeCodes(functions))]);
  const rows = buildOverviewRows(all, columns, filter);
  return { all, table: buildOfferTable(rows, answers, functions, filter.aanbod === 'onvolledig') };
}
