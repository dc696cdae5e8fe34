import type { Metadata } from 'next';
import Link from 'next/link';
import { FirstAdminForm } from '@/components/admin/first-admin-form';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { PageHeader } from '@/components/page-header';
import { beheerderExists, isValidSetupToken } from '@/graph/repositories/admin-setup';
import { loadPageData } from '@/lib/edge/load-page-data';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Eerste beheerder' };

// Reached through the one-time link `npm start` prints while no beheerder exists.
export default async function FirstAdminPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const result = await loadPageData(async () => ({
    exists: await beheerderExists(),
    valid: typeof token === 'string' && token.length <= 100 ? await isValidSetupToken(token) : false,
  }));
  return (
    <>
      <PageHeader title="Eerste beheerder" intro="Maak het account aan van de beheerder: die beheert de huizen, de accounts en de uitnodigingen." />
      {!result.ok ? (
        <DatabaseErrorPanel />
      ) : result.data.exists ? (
        <Notice>
          Er is al een beheerder.{' '}
          <Link href="/aanmelden" className="text-brand underline">
            Meld u aan
          </Link>
          .
        </Notice>
      ) : !result.data.valid ? (
        <Notice>
          Deze link is niet (meer) geldig. Start Netwerkkaart opnieuw met <code>npm start</code>: zolang er geen beheerder is, toont het een nieuwe link.
        </Notice>
      ) : (
        <FirstAdminForm token={token!} />
      )}
    </>
  );
}

function Notice({ children }: { children: React.ReactNode }) {
  return <p className="max-w-xl rounded-2xl border border-black/10 bg-white p-5 shadow-sm">{children}</p>;
}
