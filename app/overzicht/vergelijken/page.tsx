import type { Metadata } from 'next';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { ComparisonForm } from '@/components/overview/comparison-form';
import { ComparisonView } from '@/components/overview/comparison-view';
import { FilterErrors } from '@/components/overview/filter-errors';
import { HousePairView } from '@/components/overview/house-pair-view';
import { OverviewHeader } from '@/components/overview/overview-header';
import { loadPageData } from '@/lib/edge/load-page-data';
import { comparisonPath, readComparisonQuery } from '@/lib/domain/overview/comparison-query';
import { loadComparison } from '@/lib/use-cases/overview/load-comparison';
import { guardPage } from '@/lib/edge/page-guard';
import { requireUser } from '@/lib/edge/session';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Vergelijken · Overzicht Kind en Gezin' };

export default async function ComparePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { query, errors } = readComparisonQuery(await searchParams);
  const result = await guardPage(comparisonPath(query), () => loadPageData(async () => loadComparison(await requireUser(), query)));
  return (
    <>
      <OverviewHeader active="vergelijken" />
      {!result.ok ? (
        <DatabaseErrorPanel />
      ) : (
        <div className="space-y-4">
          <ComparisonForm houses={result.data.houses} query={query} />
          <FilterErrors errors={errors} note="Kies een huis uit de lijst." />
          {result.data.notFound ? (
            <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
              Er is geen huis met de code “{result.data.notFound}”.
            </p>
          ) : null}
          {result.data.pair ? (
            <HousePairView {...result.data.pair} clusters={result.data.clusters} />
          ) : result.data.selected ? (
            <ComparisonView {...result.data.selected} clusters={result.data.clusters} />
          ) : !result.data.notFound ? (
            <p className="rounded-xl border border-dashed border-black/20 bg-white p-6 text-center text-muted">
              Kies een huis om per actor zijn antwoord te zien naast het aandeel van vergelijkbare huizen dat die actor direct of als kernpartner betrekt, of
              naast het antwoord van één ander huis.
            </p>
          ) : null}
        </div>
      )}
    </>
  );
}
