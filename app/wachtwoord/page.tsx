import type { Metadata } from 'next';
import Link from 'next/link';
import { SetPasswordForm } from '@/components/auth/set-password-form';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { PageHeader } from '@/components/page-header';
import { loadPageData } from '@/lib/edge/load-page-data';
import { passwordLinkAccount } from '@/lib/use-cases/password-links';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Wachtwoord instellen' };

// Reached through the one-time link the beheerder makes on /beheer for one account.
export default async function SetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const result = await loadPageData(async () => (typeof token === 'string' && token.length >= 20 && token.length <= 100 ? passwordLinkAccount(token) : null));
  return (
    <>
      <PageHeader
        title="Wachtwoord instellen"
        intro="Kies een nieuw wachtwoord voor uw account. De link werkt één keer; wie nog aangemeld was, wordt afgemeld."
      />
      {!result.ok ? (
        <DatabaseErrorPanel />
      ) : !result.data ? (
        <p className="max-w-xl rounded-2xl border border-black/10 bg-white p-5 shadow-sm" data-testid="password-link-invalid">
          Deze link is niet (meer) geldig: hij werd al gebruikt of is verlopen (na 24 uur). Vraag de beheerder een nieuwe link, of{' '}
          <Link href="/aanmelden" className="text-brand underline">
            meld u aan
          </Link>{' '}
          met uw wachtwoord.
        </p>
      ) : (
        <SetPasswordForm token={token!} email={result.data.email} />
      )}
    </>
  );
}
