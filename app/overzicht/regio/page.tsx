import type { Metadata } from 'next';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { FilterErrors } from '@/components/overview/filter-errors';
import { OverviewHeader } from '@/components/overview/overview-header';
import { RegionalFilterForm } from '@/components/overview/regional-filter-form';
import { RegionalTable, UnlinkedHouses } from '@/components/overview/regional-table';
import { RegionalWorkspace } from '@/components/overview/regional-workspace';
import { loadPageData } from '@/lib/edge/load-page-data';
import { loadRegionalNetwork } from '@/lib/use-cases/overview/load-regional-network';
import { readRegionalQuery } from '@/lib/domain/overview/regional-query';
import { guardPage } from '@/lib/edge/page-guard';
import { requireUser } from '@/lib/edge/session';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Regio · Overzicht Kind en Gezin' };

export default async function RegionalPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { query, errors } = readRegionalQuery(await searchParams);
  const qs = new URLSearchParams(Object.entries(query).filter(([, v]) => v) as [string, string][]).toString();
  const result = await guardPage(qs ? `/overzicht/regio?${qs}` : '/overzicht/regio', () =>
    loadPageData(async () => loadRegionalNetwork(await requireUser(), query)),
  );
  if (!result.ok) {
    return (
      <>
        <OverviewHeader active="regio" />
        <DatabaseErrorPanel />
      </>
    );
  }
  const { network, region, regions, chosen, found, elements, types } = result.data;
  const current = regions.find((r) => r.key === chosen);
  return (
    <>
      <OverviewHeader active="regio" />
      <div className="space-y-4">
        <RegionalFilterForm query={query} types={types} regions={regions} chosen={chosen} />
        <FilterErrors errors={errors} />
        {!found ? (
          <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
            Dat huis deelt in deze selectie geen regionale organisaties met een ander huis; hieronder de grootste regio.
          </p>
        ) : null}
        <p role="status" className="text-sm text-muted">
          {current ? (
            <>
              <strong className="text-ink">
                Regio {current.index + 1} van {regions.length}:
              </strong>{' '}
              {current.houses} huizen die samen {current.organisations} regionale organisaties delen.{' '}
            </>
          ) : null}
          In deze selectie: {network.organisations.length} gedeelde regionale organisaties, {network.regions.reduce((s, r) => s + r.houses.length, 0)} huizen in{' '}
          {regions.length} {regions.length === 1 ? 'regio' : 'regio’s'} (groepen huizen die partners delen).
          {network.singleHouse > 0 ? ` ${network.singleHouse} regionale organisaties worden (nog) door één huis genoemd en staan niet op de kaart.` : ''}
        </p>
        {current ? (
          <>
            <RegionalWorkspace key={current.key} network={region} elements={elements} title={`Regio ${current.index + 1}`} />
            <h2 className="pt-2 text-lg font-semibold">Regio {current.index + 1} per organisatie: kernpartner waar, afwezig waar</h2>
            <RegionalTable network={region} />
          </>
        ) : (
          <p className="rounded-xl border border-dashed border-black/20 bg-white p-6 text-center text-muted">
            Geen gedeelde regionale organisaties in deze selectie.
          </p>
        )}
        <UnlinkedHouses network={network} />
      </div>
    </>
  );
}
