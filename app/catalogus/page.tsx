import type { Metadata } from 'next';
import { CatalogueCluster } from '@/components/catalogue-cluster';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { LevelLegend } from '@/components/level-distribution-bar';
import { PageHeader } from '@/components/page-header';
import { getCatalogueByCluster } from '@/lib/use-cases/catalogue';
import { loadPageData } from '@/lib/edge/load-page-data';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Catalogus van de actoren' };

export default async function CataloguePage() {
  const result = await loadPageData(getCatalogueByCluster);
  if (!result.ok) return <DatabaseErrorPanel />;
  const clusters = result.data;
  const questionnaireTypes = clusters.flatMap((c) => c.types).filter((t) => t.fromQuestionnaire).length;
  const mandatory = clusters.flatMap((c) => c.types).filter((t) => t.mandatory).length;
  return (
    <>
      <PageHeader
        title="Catalogus van de actoren"
        intro={
          <>
            De {questionnaireTypes} actoren uit vraag 4 van de bevraging, geordend in de {clusters.length} domeinclusters van het rapport (Tabel 14 tot 25).{' '}
            {mandatory} actoren moeten verplicht aansluiten wanneer ze in het werkingsgebied aanwezig zijn. De balk toont hoe de 116 huizen in 2016 antwoordden.
          </>
        }
      />
      <div className="sticky top-0 z-10 -mx-4 mb-6 border-b border-black/10 bg-paper/95 px-4 py-2 backdrop-blur sm:mx-0 sm:rounded-lg sm:border sm:px-3">
        <LevelLegend includeNoAnswer />
      </div>
      <nav aria-label="Domeinclusters" className="mb-8">
        <ol className="grid gap-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
          {clusters.map((cluster) => (
            <li key={cluster.code}>
              <a className="text-brand underline-offset-2 hover:underline" href={`#${cluster.code}`}>
                {cluster.order}. {cluster.name}
              </a>{' '}
              <span className="text-muted">({cluster.types.length})</span>
            </li>
          ))}
        </ol>
      </nav>
      <div className="space-y-8">
        {clusters.map((cluster) => (
          <CatalogueCluster key={cluster.code} cluster={cluster} clusterNames={Object.fromEntries(clusters.map((c) => [c.code, c.name]))} />
        ))}
      </div>
    </>
  );
}
