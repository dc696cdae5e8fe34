import type { Metadata } from 'next';
import Link from 'next/link';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { HousesFormatHelp } from '@/components/import/houses-format-help';
import { ImportPanel } from '@/components/import/import-panel';
import { PageHeader } from '@/components/page-header';
import { getAdminImportPage } from '@/lib/use-cases/imports/admin-import-page';
import { loadPageData } from '@/lib/edge/load-page-data';
import { guardPage } from '@/lib/edge/page-guard';
import { requireUser } from '@/lib/edge/session';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Huizen importeren' };

export default async function AdminImportPage() {
  const result = await loadPageData(() => guardPage('/beheer/import', async () => getAdminImportPage(await requireUser())));
  if (!result.ok) return <DatabaseErrorPanel />;
  return (
    <>
      <p className="mb-1 text-sm">
        <Link href="/beheer" className="text-brand underline-offset-2 hover:underline">
          ← Beheer
        </Link>
      </p>
      <PageHeader
        title="Antwoorden van veel huizen importeren"
        intro={
          <span data-testid="import-house-count">
            Lees de antwoorden van vraag 4 voor veel huizen tegelijk in, bv. de gegevens van de bevraging van 2016. Er{' '}
            {result.data.houses === 1 ? 'is' : 'zijn'} nu {result.data.houses} {result.data.houses === 1 ? 'huis' : 'huizen'}.
          </span>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0">
          <ImportPanel endpoint="/api/beheer/import" doneHref="/huizen" doneLabel="Naar de huizen" />
        </div>
        <HousesFormatHelp />
      </div>
    </>
  );
}
