import { z } from 'zod';
import { optionalUser } from '@/lib/edge/session';
import { audienceOf } from '@/lib/use-cases/public-selections';
import { REFUSAL_MESSAGES, MIN_HOUSES_IN_SELECTION } from '@/lib/domain/survey/survey-figures';
import { computeSurveyFigures } from '@/lib/use-cases/survey';
import { parseSurveyFilter } from '@/lib/domain/survey/survey-filter';
import { surveyTableToCsv } from '@/lib/domain/survey/survey-table-csv';
import { loadPageData } from '@/lib/edge/load-page-data';

export const dynamic = 'force-dynamic';

const formatSchema = z.enum(['json', 'csv']).catch('json');

/** One survey table, for other tools: JSON by default, `?format=csv` for Excel. */
export async function GET(request: Request, { params }: { params: Promise<{ table: string }> }) {
  const { table: id } = await params;
  const url = new URL(request.url);
  const filter = parseSurveyFilter(url.searchParams);
  if (!filter.success) {
    return Response.json({ error: filter.error.issues.map((i) => i.message).join(' ') }, { status: 400 });
  }
  const result = await loadPageData(async () => computeSurveyFigures(filter.data, audienceOf(await optionalUser())));
  if (!result.ok) return Response.json({ error: 'De databank is op dit moment niet bereikbaar.' }, { status: 503 });
  const figures = result.data;
  if (figures.status === 'not-public') {
    return Response.json({ error: REFUSAL_MESSAGES[figures.reason], publicFilters: figures.publicFilters }, { status: 403 });
  }
  if (figures.status === 'too-few-houses') {
    return Response.json(
      {
        error: `Deze selectie telt ${figures.houses} huizen. Cijfers worden pas getoond vanaf ${MIN_HOUSES_IN_SELECTION} huizen, zodat geen enkel huis herkenbaar is.`,
      },
      { status: 422 },
    );
  }
  const table = figures.tables.find((t) => t.id === id);
  if (!table) {
    const known = figures.tables.map((t) => t.id).join(', ');
    return Response.json({ error: `Onbekende tabel “${id}”. Beschikbaar: ${known}.` }, { status: 404 });
  }
  if (formatSchema.parse(url.searchParams.get('format')) === 'csv') {
    return new Response(surveyTableToCsv(table), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="netwerkkaart-${table.id}.csv"`,
        'Cache-Control': 'no-store',
      },
    });
  }
  return Response.json({ houses: figures.houses, filter: filter.data, ...table }, { headers: { 'Cache-Control': 'no-store' } });
}
