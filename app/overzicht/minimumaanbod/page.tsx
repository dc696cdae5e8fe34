import type { Metadata } from 'next';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { FilterErrors } from '@/components/overview/filter-errors';
import { MinimumOfferTable } from '@/components/overview/minimum-offer-table';
import { OfferFunctionSources } from '@/components/overview/offer-function-sources';
import { OverviewFilterForm } from '@/components/overview/overview-filter-form';
import { OverviewHeader } from '@/components/overview/overview-header';
import { loadPageData } from '@/lib/edge/load-page-data';
import { loadMinimumOffer } from '@/lib/use-cases/overview/load-overview';
import { overviewQuery, readOverviewFilter } from '@/lib/domain/overview/overview-filter';
import { guardPage } from '@/lib/edge/page-guard';
import { FilterToggleLink } from '@/components/overview/filter-toggle-link';
import { requireUser } from '@/lib/edge/session';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Minimumaanbod · Overzicht Kind en Gezin' };

const PATH = '/overzicht/minimumaanbod';

export default async function MinimumOfferPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { filter, errors } = readOverviewFilter(await searchParams);
  const query = overviewQuery(filter);
  const result = await guardPage(query ? `${PATH}?${query}` : PATH, () => loadPageData(async () => loadMinimumOffer(await requireUser(), filter)));
  const toggle = overviewQuery(filter, { aanbod: filter.aanbod ? undefined : 'onvolledig' });

  return (
    <>
      <OverviewHeader active="minimumaanbod" query={query} />
      <OverviewFilterForm filter={filter} action={PATH} />
      <FilterErrors errors={errors} />
      {!result.ok ? (
        <div className="mt-6">
          <DatabaseErrorPanel />
        </div>
      ) : (
        <div className="mt-4 space-y-4">
          <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
            <p role="status" className="text-sm text-muted">
              <strong className="text-ink">{result.data.table.rows.length} huizen</strong>
              {result.data.table.rows.length !== result.data.all.length ? ` van ${result.data.all.length}` : ''} ·{' '}
              <strong className="text-ink">{result.data.table.complete}</strong> dekken alle drie de functies van het minimumaanbod.
            </p>
            <FilterToggleLink href={toggle ? `${PATH}?${toggle}` : PATH} on={Boolean(filter.aanbod)} label="Alleen huizen met een ontbrekende functie" />
          </div>
          {result.data.table.rows.length > 0 ? <MinimumOfferTable table={result.data.table} /> : null}
          <OfferFunctionSources functions={result.data.table.functions} />
        </div>
      )}
    </>
  );
}
