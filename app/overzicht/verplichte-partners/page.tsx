import type { Metadata } from 'next';
import Link from 'next/link';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { OverviewDownloads } from '@/components/overview/download-links';
import { FilterErrors } from '@/components/overview/filter-errors';
import { MandatoryMatrixView } from '@/components/overview/mandatory-matrix-view';
import { MatrixLegend } from '@/components/overview/matrix-legend';
import { OverviewFilterForm } from '@/components/overview/overview-filter-form';
import { OverviewHeader } from '@/components/overview/overview-header';
import { SelectionStatus } from '@/components/overview/selection-status';
import { loadPageData } from '@/lib/edge/load-page-data';
import { loadOverview } from '@/lib/use-cases/overview/load-overview';
import { buildMandatoryMatrix } from '@/lib/domain/overview/mandatory-matrix';
import { overviewQuery, readOverviewFilter } from '@/lib/domain/overview/overview-filter';
import { unaskedMode } from '@/lib/domain/overview/house-gaps';
import { guardPage } from '@/lib/edge/page-guard';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Verplichte partners · Overzicht Kind en Gezin' };

const PATH = '/overzicht/verplichte-partners';

export default async function MandatoryPartnersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { filter, errors } = readOverviewFilter(await searchParams);
  const query = overviewQuery(filter);
  const result = await guardPage(query ? `${PATH}?${query}` : PATH, () => loadPageData(() => loadOverview(filter)));
  const gapToggle = overviewQuery(filter, { hiaat: filter.hiaat === 'ja' ? undefined : 'ja' });

  return (
    <>
      <OverviewHeader active="verplicht" query={query} />
      <OverviewFilterForm filter={filter} action={PATH} />
      <FilterErrors errors={errors} />
      {!result.ok ? (
        <div className="mt-6">
          <DatabaseErrorPanel />
        </div>
      ) : (
        <div className="mt-4 space-y-3">
          <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
            <SelectionStatus rows={result.data.rows} total={result.data.all.length} filter={filter} />
            <Link
              href={gapToggle ? `${PATH}?${gapToggle}` : PATH}
              className={`print:hidden inline-flex shrink-0 items-center gap-2 rounded-full border px-3 py-1 text-sm font-medium ${filter.hiaat === 'ja' ? 'border-[#b42318] bg-[#fef3f2] text-[#b42318]' : 'border-black/20 bg-white text-ink hover:border-[#b42318]'}`}
            >
              {/* A link, not a button: its state is said in words (aria-pressed is for buttons). */}
              <span aria-hidden="true">{filter.hiaat === 'ja' ? '☑' : '☐'}</span> Alleen huizen met een hiaat
              <span className="sr-only">{filter.hiaat === 'ja' ? ' (staat aan; klik om alle huizen te tonen)' : ' (staat uit)'}</span>
            </Link>
          </div>
          <MatrixLegend />
          {result.data.rows.length > 0 ? (
            <MandatoryMatrixView matrix={buildMandatoryMatrix(result.data.rows, result.data.columns, unaskedMode(filter))} />
          ) : null}
          <OverviewDownloads table="verplichte-partners" query={query} label="Deze matrix" />
        </div>
      )}
    </>
  );
}
