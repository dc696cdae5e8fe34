import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/page-header';
import { optionalUser } from '@/lib/edge/session';
import { loadPageData } from '@/lib/edge/load-page-data';
import { signOut } from './actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Afmelden' };

// Signing out changes state, so it happens on a POST (the button), never on opening this page.
export default async function LogoutPage() {
  const result = await loadPageData(optionalUser);
  const user = result.ok ? result.data : null;
  return (
    <>
      <PageHeader title="Afmelden" />
      <section className="max-w-xl rounded-2xl border border-black/10 bg-white p-5 shadow-sm sm:p-7">
        {user ? (
          <>
            <p>
              U bent aangemeld als <strong>{user.name || user.email}</strong> ({user.email}). Afmelden beëindigt uw sessie op de server; op dit toestel moet u
              daarna opnieuw aanmelden.
            </p>
            <form action={signOut} className="mt-5">
              <button type="submit" className="rounded-lg bg-brand px-5 py-2.5 font-semibold text-white hover:bg-brand/90">
                Afmelden
              </button>
            </form>
          </>
        ) : (
          <>
            <p>U bent niet aangemeld.</p>
            <Link href="/aanmelden" className="mt-4 inline-block rounded-lg bg-brand px-5 py-2.5 font-semibold text-white hover:bg-brand/90">
              Aanmelden
            </Link>
          </>
        )}
      </section>
    </>
  );
}
