import type { Metadata } from 'next';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { AnswersDownload, OverviewDownloads } from '@/components/overview/download-links';
import { FilterErrors } from '@/components/overview/filter-errors';
import { HouseTable } from '@/components/overview/house-table';
import { OverviewFilterForm } from '@/components/overview/overview-filter-form';
import { OverviewHeader } from '@/components/overview/overview-header';
import { SelectionStatus } from '@/components/overview/selection-status';
import { loadPageData } from '@/lib/edge/load-page-data';
import { loadOverview } from '@/lib/use-cases/overview/load-overview';
import { overviewQuery, readOverviewFilter } from '@/lib/domain/overview/overview-filter';
import { guardPage } from '@/lib/edge/page-guard';
import { requireUser } from '@/lib/edge/session';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Overzicht Kind en Gezin' };

export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { filter, errors } = readOverviewFilter(await searchParams);
  const query = overviewQuery(filter);
  const result = await guardPage(query ? `/overzicht?${query}` : '/overzicht', () => loadPageData(async () => loadOverview(await requireUser(), filter)));

  return (
    <>
      <OverviewHeader active="huizen" query={query} />
      <OverviewFilterForm filter={filter} action="/overzicht" />
      <FilterErrors errors={errors} />
      {!result.ok ? (
        <div className="mt-6">
          <DatabaseErrorPanel />
        </div>
      ) : (
        <div className="mt-4 space-y-3">
          <SelectionStatus rows={result.data.rows} total={result.data.all.length} filter={filter} />
          {result.data.rows.length > 0 ? <HouseTable rows={result.data.rows} filter={filter} /> : null}
          <OverviewDownloads table="huizen" query={query} label="Deze tabel" />
          <AnswersDownload />
        </div>
      )}
    </>
  );
}
