import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/auth/login-form';
import { PageHeader } from '@/components/page-header';
import { optionalUser } from '@/lib/edge/session';
import { demoLogin } from '@/lib/use-cases/demo-login';
import { isLocalPath } from '@/lib/edge/page-guard';
import { loadPageData } from '@/lib/edge/load-page-data';
import { DatabaseErrorPanel } from '@/components/database-error-panel';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Aanmelden' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ terug?: string; afgemeld?: string }> }) {
  const { terug, afgemeld } = await searchParams;
  const returnTo = typeof terug === 'string' && isLocalPath(terug) ? terug : undefined;
  const result = await loadPageData(async () => ({ user: await optionalUser(), demo: await demoLogin() }));
  if (result.ok && result.data.user) redirect(returnTo ?? '/');
  return (
    <>
      <PageHeader title="Aanmelden" intro="Meld u aan met het e-mailadres en wachtwoord van uw account bij Netwerkkaart." />
      {afgemeld ? (
        <p role="status" className="mb-5 rounded-lg bg-brand-soft px-3 py-2 text-sm text-brand">
          U bent afgemeld.
        </p>
      ) : null}
      {returnTo ? <p className="mb-5 text-sm text-muted">Na het aanmelden gaat u verder waar u was.</p> : null}
      {!result.ok ? (
        <DatabaseErrorPanel />
      ) : (
        <>
          <LoginForm returnTo={returnTo} demoPassword={result.data.demo?.password} demoAccounts={result.data.demo?.accounts} />
          {result.data.demo && result.data.demo.coordinatorCount > 3 ? (
            <p className="mt-4 text-sm text-muted lg:ml-[calc(26rem+1.5rem)]">
              Elk van de {result.data.demo.coordinatorCount} fictieve huizen heeft een coördinator:{' '}
              <code className="break-all">coordinator.&lt;code van het huis&gt;@demo.netwerkkaart.be</code>, bv.{' '}
              <code className="break-all">coordinator.demo-042@demo.netwerkkaart.be</code>.
            </p>
          ) : null}
        </>
      )}
    </>
  );
}
