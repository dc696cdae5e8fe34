import type { Metadata } from 'next';
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
import { FilterToggleLink } from '@/components/overview/filter-toggle-link';
import { requireUser } from '@/lib/edge/session';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Verplichte partners · Overzicht Kind en Gezin' };

const PATH = '/overzicht/verplichte-partners';

export default async function MandatoryPartnersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { filter, errors } = readOverviewFilter(await searchParams);
  const query = overviewQuery(filter);
  const result = await guardPage(query ? `${PATH}?${query}` : PATH, () => loadPageData(async () => loadOverview(await requireUser(), filter)));
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
            <FilterToggleLink href={gapToggle ? `${PATH}?${gapToggle}` : PATH} on={filter.hiaat === 'ja'} label="Alleen huizen met een hiaat" />
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
