import type { Metadata } from 'next';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { FilterErrors } from '@/components/overview/filter-errors';
import { OverviewHeader } from '@/components/overview/overview-header';
import { RegionalFilterForm } from '@/components/overview/regional-filter-form';
import { RegionalTable, UnlinkedHouses } from '@/components/overview/regional-table';
import { RegionalWorkspace } from '@/components/overview/regional-workspace';
import { loadPageData } from '@/lib/load-page-data';
import { loadRegionalNetwork } from '@/lib/overview/load-regional-network';
import { readRegionalQuery } from '@/lib/overview/regional-query';
import { guardPage } from '@/lib/page-access';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Regio · Overzicht Kind en Gezin' };

export default async function RegionalPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { query, errors } = readRegionalQuery(await searchParams);
  const qs = new URLSearchParams(Object.entries(query).filter(([, v]) => v) as [string, string][]).toString();
  const result = await guardPage(qs ? `/overzicht/regio?${qs}` : '/overzicht/regio', () => loadPageData(() => loadRegionalNetwork(query)));
  return (
    <>
      <OverviewHeader active="regio" />
      {!result.ok ? (
        <DatabaseErrorPanel />
      ) : (
        <div className="space-y-4">
          <RegionalFilterForm query={query} types={result.data.types} />
          <FilterErrors errors={errors} />
          <p role="status" className="text-sm text-muted">
            <strong className="text-ink">{result.data.network.organisations.length} regionale organisaties</strong> gedeeld door{' '}
            <strong className="text-ink">{result.data.network.regions.reduce((s, r) => s + r.houses.length, 0)} huizen</strong> in{' '}
            {result.data.network.regions.length} {result.data.network.regions.length === 1 ? 'regio' : 'regio’s'} (groepen huizen die partners delen).
            {result.data.network.singleHouse > 0 ? ` ${result.data.network.singleHouse} regionale organisaties worden (nog) door één huis genoemd en staan niet op de kaart.` : ''}
          </p>
          {result.data.network.organisations.length > 0 ? (
            <>
              <RegionalWorkspace network={result.data.network} elements={result.data.elements} />
              <h2 className="pt-2 text-lg font-semibold">Per organisatie: kernpartner waar, afwezig waar</h2>
              <RegionalTable network={result.data.network} />
            </>
          ) : (
            <p className="rounded-xl border border-dashed border-black/20 bg-white p-6 text-center text-muted">Geen gedeelde regionale organisaties in deze selectie.</p>
          )}
          <UnlinkedHouses network={result.data.network} />
        </div>
      )}
    </>
  );
}
