import { z } from 'zod';
import { optionalUser } from '@/lib/edge/session';
import { MIN_HOUSES_IN_SELECTION, REFUSAL_MESSAGES } from '@/lib/domain/survey/survey-figures';
import { audienceOf } from '@/lib/use-cases/public-selections';
import { computeSurveyFigures } from '@/lib/use-cases/survey';
import { parseSurveyFilter } from '@/lib/domain/survey/survey-filter';
import { surveyTableRows, surveyTableToCsv } from '@/lib/domain/survey/survey-table-csv';
import { DEFAULT_SOURCES, parseSourceChoice } from '@/lib/domain/survey/figure-source';
import { loadPageData } from '@/lib/edge/load-page-data';
import { toXlsx } from '@/lib/formats/xlsx';

export const dynamic = 'force-dynamic';

const formatSchema = z.enum(['json', 'csv', 'xlsx']).catch('json');

/**
 * One survey table, for other tools: JSON by default, `?format=csv` for Excel (or `xlsx`).
 * `?ronde=2016|nu|<id>` chooses the source (default: the maps now), `?vergelijk=…` the one beside
 * it (default: the 2016 report); naming either gives each column its source and adds the change.
 */
export async function GET(request: Request, { params }: { params: Promise<{ table: string }> }) {
  const { table: id } = await params;
  const url = new URL(request.url);
  const filter = parseSurveyFilter(url.searchParams);
  const choice = parseSourceChoice(url.searchParams);
  if (!filter.success) {
    return Response.json({ error: filter.error.issues.map((i) => i.message).join(' ') }, { status: 400 });
  }
  if (!choice.ok) return Response.json({ error: choice.message }, { status: 400 });
  const result = await loadPageData(async () => computeSurveyFigures(filter.data, audienceOf(await optionalUser()), choice.choice));
  if (!result.ok) return Response.json({ error: 'De databank is op dit moment niet bereikbaar.' }, { status: 503 });
  const figures = result.data;
  if (figures.status === 'unavailable') return Response.json({ error: figures.message }, { status: 404 });
  if (figures.status === 'not-public') {
    return Response.json({ error: REFUSAL_MESSAGES[figures.reason], publicFilters: figures.publicFilters }, { status: 403 });
  }
  if (figures.status === 'too-few-houses') {
    return Response.json(
      {
        error: `${figures.source ? `${figures.source}: d` : 'D'}eze selectie telt ${figures.houses} huizen. Cijfers worden pas getoond vanaf ${MIN_HOUSES_IN_SELECTION} huizen, zodat geen enkel huis herkenbaar is.`,
      },
      { status: 422 },
    );
  }
  const table = figures.tables.find((t) => t.id === id);
  if (!table) {
    const known = figures.tables.map((t) => t.id).join(', ');
    return Response.json({ error: `Onbekende tabel “${id}”. Beschikbaar: ${known}.` }, { status: 404 });
  }
  const { shown, compared } = figures.sources;
  const named = choice.named ? { shown: shown.label, compared: compared.label } : undefined;
  const base =
    choice.named && (choice.choice.shown !== DEFAULT_SOURCES.shown || choice.choice.compared !== DEFAULT_SOURCES.compared)
      ? `netwerkkaart-${table.id}-${shown.id}-${compared.id}`
      : `netwerkkaart-${table.id}`;
  const format = formatSchema.parse(url.searchParams.get('format'));
  if (format === 'csv') {
    return new Response(surveyTableToCsv(table, named), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${base}.csv"`,
        'Cache-Control': 'no-store',
      },
    });
  }
  if (format === 'xlsx') {
    const { header, rows } = surveyTableRows(table, { shown: shown.label, compared: compared.label });
    const notes: [string, string][] = [
      ['Tabel', `${table.table}: ${table.title}`],
      ['Bron', shown.label],
      ['Vergeleken met', compared.label],
      ['Huizen', String(figures.houses)],
      ...figures.notes.map((note): [string, string] => ['Opmerking', note]),
    ];
    const bytes = await toXlsx([{ name: table.table, header, rows }], [{ name: 'Over deze tabel', lines: notes }], {
      title: `${table.table} · ${shown.label}`,
    });
    return new Response(new Uint8Array(bytes), {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="${base}.xlsx"`,
        'Cache-Control': 'no-store',
      },
    });
  }
  return Response.json(
    { houses: figures.houses, filter: filter.data, bron: shown, vergelijk: compared, opmerkingen: figures.notes, ...table },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
