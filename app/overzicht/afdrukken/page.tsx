import type { Metadata } from 'next';
import Link from 'next/link';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { FilterErrors } from '@/components/overview/filter-errors';
import { MandatoryMatrixView } from '@/components/overview/mandatory-matrix-view';
import { MatrixLegend } from '@/components/overview/matrix-legend';
import { PrintButton } from '@/components/print/print-button';
import { PrintHouseTable } from '@/components/overview/print-house-table';
import { formatDate } from '@/lib/domain/format-date';
import { loadPageData } from '@/lib/edge/load-page-data';
import { loadOverview } from '@/lib/use-cases/overview/load-overview';
import { buildMandatoryMatrix } from '@/lib/domain/overview/mandatory-matrix';
import { describeFilter } from '@/lib/domain/overview/overview-export';
import { overviewQuery, readOverviewFilter } from '@/lib/domain/overview/overview-filter';
import { guardPage } from '@/lib/edge/page-guard';
import { unaskedMode } from '@/lib/domain/overview/house-gaps';
import './print.css';
import { scrollable } from '@/components/scrollable';
import { requireUser } from '@/lib/edge/session';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Rapport · Overzicht Kind en Gezin' };

/** The overview as a report for paper (A4 landscape): title, date, selection, table, matrix, legend. */
export default async function PrintPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { filter, errors } = readOverviewFilter(await searchParams);
  const query = overviewQuery(filter);
  const result = await guardPage(query ? `/overzicht/afdrukken?${query}` : '/overzicht/afdrukken', () =>
    loadPageData(async () => loadOverview(await requireUser(), filter)),
  );
  if (!result.ok) return <DatabaseErrorPanel />;
  const { rows, all, columns } = result.data;
  const matrix = buildMandatoryMatrix(rows, columns, unaskedMode(filter));
  return (
    <article className="print-report space-y-5" data-testid="print-report">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link href={query ? `/overzicht?${query}` : '/overzicht'} className="text-sm text-brand hover:underline">
          ← Terug naar het overzicht
        </Link>
        <PrintButton />
      </div>
      <header className="border-b-2 border-brand pb-3">
        <p className="text-xs font-semibold uppercase tracking-wide text-brand">Netwerkkaart · Kind en Gezin</p>
        <h1 className="text-2xl font-semibold">Huizen van het Kind: verplichte partners en samenwerkingsverband</h1>
        <dl className="mt-2 grid gap-x-6 gap-y-0.5 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-muted">Datum</dt>
          <dd data-testid="print-date">{formatDate(new Date().toISOString())}</dd>
          <dt className="text-muted">Selectie</dt>
          <dd>
            {describeFilter(filter)}
            {filter.sorteer ? ` (gesorteerd op ${filter.sorteer.replace('-', ' ')})` : ''}
          </dd>
          <dt className="text-muted">Huizen</dt>
          <dd>
            {rows.length} van {all.length}; {matrix.housesWithGap} met een hiaat bij de verplichte partners ({matrix.gaps} hiaten)
          </dd>
          <dt className="text-muted">Hiaten</dt>
          <dd>
            {unaskedMode(filter) === 'apart'
              ? 'Geen antwoord op prenatale steunpunten en aanbod onderwijskansen (niet in de vragenlijst van 2016) telt niet mee.'
              : 'Geen antwoord op prenatale steunpunten en aanbod onderwijskansen (niet in de vragenlijst van 2016) telt als hiaat.'}
          </dd>
        </dl>
      </header>
      <FilterErrors errors={errors} />
      <section aria-labelledby="print-huizen">
        <h2 id="print-huizen" className="mb-2 text-lg font-semibold">
          1. Huizen
        </h2>
        {/* On a screen narrower than the A4 page the table scrolls; on paper it is the full width. */}
        <div className="relative overflow-x-auto print:overflow-visible" {...scrollable('Tabel van de huizen')}>
          <PrintHouseTable rows={rows} />
        </div>
      </section>
      <section aria-labelledby="print-matrix" className="break-before-page">
        <h2 id="print-matrix" className="mb-2 text-lg font-semibold">
          2. Verplichte partners per huis
        </h2>
        <MatrixLegend />
        <div className="mt-2">
          <MandatoryMatrixView matrix={matrix} />
        </div>
      </section>
      <footer className="border-t border-black/20 pt-2 text-xs text-muted">
        Bron: De Huizen van het Kind in cijfers en ervaringen (bevraging 2016) en de gegevens in Netwerkkaart op {formatDate(new Date().toISOString())}.
      </footer>
    </article>
  );
}
