import 'server-only';
import { readArrangements } from './arrangements';
import { toCsv } from '../domain/csv';
import { arrangedPositions } from '../domain/arrangement';
import { formatDate } from '../domain/format-date';
import { getHouseMap } from './house-map';
import type { SessionUser } from '../domain/actor';
import type { HouseNetwork } from '../domain/house-network';
import { LAYOUTS, type LayoutName, type Positions } from '../domain/map/layouts';
import { arrangeMap } from '../domain/map/layouts/arrange-map';
import { CSV_HEADER, toCsvRows } from '../domain/map/to-csv-rows';
import { toMapModel } from '../domain/map/to-elements';
import { toSvg } from '../domain/map/to-svg';
import { toXlsx } from '../formats/xlsx';
import { TIE_SHEET_HEADER, TIE_SHEET_NAME, tieSheetRows } from '../domain/ties/tie-sheet';

/** File name part for a house: its id and today's date. */
export function exportName(houseId: string, ext: string): string {
  return `netwerkkaart-${houseId}-${new Date().toISOString().slice(0, 10)}.${ext}`;
}

/** The house's table as CSV (Belgian Excel: BOM, semicolons, formulas neutralised). Access checked. */
export async function exportCsv(user: SessionUser, houseId: string, asOf: string | null): Promise<string> {
  return mapCsv(await getHouseMap(user, houseId, asOf));
}

export function mapCsv(network: HouseNetwork): string {
  return toCsv(CSV_HEADER, toCsvRows(toMapModel(network).entries));
}

/** The house's ties as CSV, in the sheet "Samenwerking" (Van; Naar; Soort; Notitie; Sinds). Access checked. */
export async function exportTiesCsv(user: SessionUser, houseId: string, asOf: string | null): Promise<string> {
  const network = await getHouseMap(user, houseId, asOf);
  return toCsv([...TIE_SHEET_HEADER], tieSheetRows(network.ties ?? [], new Map(network.actors.map((a) => [a.id, a.name]))));
}

/**
 * The same table as an Excel workbook: the sheet "Netwerkkaart" (header frozen, formulas
 * neutralised as in the CSV) and a sheet "Toelichting". Both files import back (lib/import).
 */
export async function exportXlsx(user: SessionUser, houseId: string, asOf: string | null): Promise<Buffer> {
  return mapXlsx(await getHouseMap(user, houseId, asOf));
}

export function mapXlsx(network: HouseNetwork): Promise<Buffer> {
  const rows = toCsvRows(toMapModel(network).entries);
  const names = new Map(network.actors.map((a) => [a.id, a.name]));
  return toXlsx(
    [
      { name: 'Netwerkkaart', header: CSV_HEADER, rows },
      { name: TIE_SHEET_NAME, header: [...TIE_SHEET_HEADER], rows: tieSheetRows(network.ties ?? [], names) },
    ],
    [
      {
        name: 'Toelichting',
        lines: [
          ['Huis van het Kind', network.house.name],
          ['Stand op', { date: new Date().toISOString() }],
          [
            'Terug inlezen',
            'Dit bestand kan ongewijzigd of aangevuld terug ingelezen worden via Importeren op de kaart van het huis. Een eigen actortype schrijft u als ‘Andere: naam’.',
          ],
          [
            'Samenwerking',
            'Het blad ‘Samenwerking’ telt één rij per samenwerking tussen twee organisaties (Van, Naar, Soort, Notitie, Sinds). Bewaar het als CSV om het apart in te lezen.',
          ],
          [
            'Betrokkenheid',
            'Kernpartner, Gemiddeld, Minimaal, Indirect, Nog niet, Niet, Niet aanwezig in werkgebied (of kort: kern, gem, min, ind, nn, niet aanw.)',
          ],
        ],
      },
    ],
    { title: `Netwerkkaart ${network.house.name}` },
  );
}

/** The house's map as an SVG document with title, date and legend, in its saved arrangement if any. Access checked. */
export async function exportSvg(user: SessionUser, houseId: string, asOf: string | null, layout: LayoutName): Promise<string> {
  const [network, arrangements] = await Promise.all([getHouseMap(user, houseId, asOf), readArrangements(user, houseId, asOf)]);
  return mapSvg(network, layout, arrangements[layout].positions);
}

/**
 * The map as SVG in a layout: the layout's own positions (the same pure code the screen runs),
 * replaced by the house's saved arrangement where it names a node.
 */
export function mapSvg(network: HouseNetwork, layout: LayoutName, saved: Positions | null = null, bare = false): string {
  const model = toMapModel(network);
  const name = `${LAYOUTS[layout].label.toLowerCase()}${saved ? ' (eigen schikking)' : ''}`;
  return toSvg(network.house.name, model, arrangedPositions(arrangeMap(network.house.name, model, layout).positions, saved), {
    title: `Netwerkkaart ${network.house.name}`,
    subtitle: `Stand op ${formatDate(new Date().toISOString())} · schikking: ${name}`,
    clusterBoxes: layout === 'clusters',
    bare,
  });
}
