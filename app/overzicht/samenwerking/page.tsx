import type { Metadata } from 'next';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { OverviewHeader } from '@/components/overview/overview-header';
import { TieOverviewView } from '@/components/ties/tie-overview-view';
import { requireUser } from '@/lib/edge/session';
import { loadPageData } from '@/lib/edge/load-page-data';
import { guardPage } from '@/lib/edge/page-guard';
import { readTieOverview } from '@/lib/use-cases/ties/tie-overview';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Samenwerking · Overzicht Kind en Gezin' };

export default async function TieOverviewPage() {
  const result = await guardPage('/overzicht/samenwerking', () => loadPageData(async () => readTieOverview(await requireUser())));
  return (
    <>
      <OverviewHeader active="samenwerking" />
      {result.ok ? (
        <TieOverviewView overview={result.data} />
      ) : (
        <div className="mt-6">
          <DatabaseErrorPanel />
        </div>
      )}
    </>
  );
}
