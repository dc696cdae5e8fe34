import 'server-only';
import { toCsv } from './csv';
import { formatDate } from './format-date';
import { getHouseMap } from './house-map';
import type { HouseNetwork } from './house-network';
import { LAYOUTS, type LayoutName } from './map/layouts';
import { CSV_HEADER, toCsvRows } from './map/to-csv-rows';
import { toMapModel } from './map/to-elements';
import { toSvg } from './map/to-svg';
import { toXlsx } from './xlsx';

/** File name part for a house: its id and today's date. */
export function exportName(houseId: string, ext: string): string {
  return `netwerkkaart-${houseId}-${new Date().toISOString().slice(0, 10)}.${ext}`;
}

/** The house's table as CSV (Belgian Excel: BOM, semicolons, formulas neutralised). Access checked. */
export async function exportCsv(houseId: string): Promise<string> {
  return mapCsv(await getHouseMap(houseId));
}

export function mapCsv(network: HouseNetwork): string {
  return toCsv(CSV_HEADER, toCsvRows(toMapModel(network).entries));
}

/**
 * The same table as an Excel workbook: the sheet "Netwerkkaart" (header frozen, formulas
 * neutralised as in the CSV) and a sheet "Toelichting". Both files import back (lib/import).
 */
export async function exportXlsx(houseId: string): Promise<Buffer> {
  return mapXlsx(await getHouseMap(houseId));
}

export function mapXlsx(network: HouseNetwork): Promise<Buffer> {
  const rows = toCsvRows(toMapModel(network).entries);
  return toXlsx(
    [{ name: 'Netwerkkaart', header: CSV_HEADER, rows }],
    [{
      name: 'Toelichting',
      lines: [
        ['Huis van het Kind', network.house.name],
        ['Stand op', { date: new Date().toISOString() }],
        ['Terug inlezen', 'Dit bestand kan ongewijzigd of aangevuld terug ingelezen worden via Importeren op de kaart van het huis. Een eigen actortype schrijft u als ‘Andere: naam’.'],
        ['Betrokkenheid', 'Kernpartner, Gemiddeld, Minimaal, Indirect, Nog niet, Niet, Niet aanwezig in werkgebied (of kort: kern, gem, min, ind, nn, niet aanw.)'],
      ],
    }],
    { title: `Netwerkkaart ${network.house.name}` },
  );
}

/** The house's map as an SVG document with title, date and legend. Access checked. */
export async function exportSvg(houseId: string, layout: LayoutName): Promise<string> {
  const network = await getHouseMap(houseId);
  return mapSvg(network, layout);
}

export function mapSvg(network: Awaited<ReturnType<typeof getHouseMap>>, layout: LayoutName): string {
  // The force layout runs in the browser; on the server the deterministic rings stand in for it.
  const used: LayoutName = LAYOUTS[layout].positions ? layout : 'ringen';
  const model = toMapModel(network);
  return toSvg(network.house.name, model, LAYOUTS[used].positions!(model), {
    title: `Netwerkkaart ${network.house.name}`,
    subtitle: `Stand op ${formatDate(new Date().toISOString())} · schikking: ${LAYOUTS[used].label.toLowerCase()}`,
    clusterBoxes: used === 'clusters',
  });
}
