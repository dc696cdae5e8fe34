import type { Metadata } from 'next';
import Link from 'next/link';
import { RestorePanel } from '@/components/backup/restore-panel';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { PageHeader } from '@/components/page-header';
import { getBackupPage } from '@/lib/use-cases/backup/backup-page';
import { loadPageData } from '@/lib/edge/load-page-data';
import { guardPage } from '@/lib/edge/page-guard';
import { requireUser } from '@/lib/edge/session';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Back-up' };

const card = 'rounded-xl border border-black/10 bg-white p-4';

export default async function BackupPage() {
  const result = await loadPageData(() => guardPage('/beheer/backup', async () => getBackupPage(await requireUser())));
  if (!result.ok) return <DatabaseErrorPanel />;
  const { empty } = result.data;
  return (
    <>
      <p className="mb-1 text-sm">
        <Link href="/beheer" className="text-brand underline-offset-2 hover:underline">
          ← Beheer
        </Link>
      </p>
      <PageHeader title="Back-up" intro="Alles in één bestand meenemen, en het terugzetten in een nieuwe, lege installatie." />
      <div className="grid gap-5 lg:grid-cols-2">
        <section className={card} aria-labelledby="maken">
          <h2 id="maken" className="mb-2 text-lg font-semibold">
            Back-up maken
          </h2>
          <p className="mb-3 text-sm text-muted">
            Eén JSON-bestand met de huizen, de catalogus en de eigen actortypes, de organisaties, overleggen en betrokkenheid, de momentopnames, de
            geschiedenis, de uitnodigingen en de accounts met hun rol en huizen. Geen wachtwoorden, sessies of andere geheimen. Wie een back-up neemt, staat in
            het logboek.
          </p>
          <a href="/api/beheer/backup" download className="inline-block rounded-lg bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand/90">
            Back-up downloaden
          </a>
        </section>
        <section className={card} aria-labelledby="terugzetten">
          <h2 id="terugzetten" className="mb-2 text-lg font-semibold">
            Terugzetten
          </h2>
          <p className="mb-3 text-sm text-muted">In één keer, of helemaal niet. Accounts komen terug zonder wachtwoord.</p>
          <RestorePanel empty={empty} />
        </section>
      </div>
      <section className={`${card} mt-5`} aria-labelledby="lokaal">
        <h2 id="lokaal" className="mb-2 text-lg font-semibold">
          De lokale databank als geheel
        </h2>
        <p className="text-sm text-muted">
          Draait Netwerkkaart met zijn eigen Neo4j op deze machine, dan maakt <code className="rounded bg-black/5 px-1">npm run backup</code> een volledige dump
          met Neo4j’s eigen hulpmiddel (in <code className="rounded bg-black/5 px-1">.data/backups/</code>) en zet{' '}
          <code className="rounded bg-black/5 px-1">npm run restore</code> er een terug. Zie de README.
        </p>
      </section>
    </>
  );
}
