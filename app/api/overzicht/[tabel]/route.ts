import { z } from 'zod';
import { toCsv } from '@/lib/domain/csv';
import { brusselsDate } from '@/lib/domain/brussels-date';
import { errorResponse } from '@/lib/edge/route-response';
import { loadOverview } from '@/lib/use-cases/overview/load-overview';
import { buildMandatoryMatrix } from '@/lib/domain/overview/mandatory-matrix';
import { exportNotes, houseTableSheet, matrixSheet } from '@/lib/domain/overview/overview-export';
import { parseOverviewFilter } from '@/lib/domain/overview/overview-filter';
import { unaskedMode } from '@/lib/domain/overview/house-gaps';
import { toXlsx } from '@/lib/formats/xlsx';
import { requireUser } from '@/lib/edge/session';

export const dynamic = 'force-dynamic';

const TABLES = {
  huizen: 'Huizen van het Kind: overzicht',
  'verplichte-partners': 'Verplichte partners per huis',
} as const;
const tableSchema = z.enum(Object.keys(TABLES) as [keyof typeof TABLES, ...(keyof typeof TABLES)[]]);
const formatSchema = z.enum(['csv', 'xlsx']).catch('xlsx');

/**
 * The overview's table or matrix for the selection in the query string, as CSV (`formaat=csv`)
 * or XLSX (default). Kind en Gezin and beheerder only: 401 without a session, 403 for others.
 */
export async function GET(request: Request, { params }: { params: Promise<{ tabel: string }> }) {
  const { tabel } = await params;
  const table = tableSchema.safeParse(tabel);
  if (!table.success) return Response.json({ message: `Onbekende tabel “${tabel}”. Kies huizen of verplichte-partners.` }, { status: 404 });
  const url = new URL(request.url);
  const filter = parseOverviewFilter(url.searchParams);
  if (!filter.success) return Response.json({ message: filter.error.issues.map((i) => i.message).join(' ') }, { status: 400 });
  try {
    const overview = await loadOverview(await requireUser(), filter.data);
    const sheet =
      table.data === 'huizen' ? houseTableSheet(overview.rows) : matrixSheet(buildMandatoryMatrix(overview.rows, overview.columns, unaskedMode(filter.data)));
    const format = formatSchema.parse(url.searchParams.get('formaat'));
    const name = `netwerkkaart-${table.data}-${brusselsDate()}.${format}`;
    const headers = { 'Content-Disposition': `attachment; filename="${name}"`, 'Cache-Control': 'no-store' };
    if (format === 'csv') {
      return new Response(toCsv(sheet.header, sheet.rows), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } });
    }
    const notes = exportNotes(TABLES[table.data], filter.data, overview.rows.length, overview.all.length);
    const body = await toXlsx([sheet], [notes], { title: TABLES[table.data] });
    return new Response(new Uint8Array(body), {
      headers: { ...headers, 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
