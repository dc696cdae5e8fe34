import type { Metadata } from 'next';
import Link from 'next/link';
import { optionalUser } from '@/lib/edge/session';
import type { SessionUser } from '@/lib/domain/actor';
import { ROLE_LABELS } from '@/lib/domain/roles';

export const metadata: Metadata = { title: 'Geen toegang' };

/**
 * "Geen toegang" (403): a part of the product that the signed-in role does not open, such as
 * Kind en Gezin's overview for a coordinator, or beheer. Refusals about a single house show the
 * not-found page instead (app/not-found.tsx).
 */
export default async function Forbidden() {
  let user: SessionUser | null = null;
  try {
    user = await optionalUser();
  } catch {
    // Database unreachable: the general text below still holds.
  }
  return (
    <section className="mx-auto max-w-xl rounded-2xl border border-black/10 bg-white p-6 sm:p-8" data-testid="forbidden">
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">Fout 403</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight text-ink">Geen toegang</h1>
      <p className="mt-3 text-muted">
        Dit deel van Netwerkkaart is niet voor uw account bedoeld
        {user ? (
          <>
            {' '}
            (u bent aangemeld als <strong className="text-ink">{ROLE_LABELS[user.role]}</strong>)
          </>
        ) : null}
        . Het overzicht over alle huizen is voor Kind en Gezin; het beheer van accounts en huizen voor de beheerder. Hebt u toegang nodig? Vraag het aan de
        beheerder van Netwerkkaart.
      </p>
      <ul className="mt-5 flex flex-wrap gap-2 text-sm">
        <li>
          <Link href="/huizen" className="inline-block rounded-lg bg-brand px-4 py-2 font-semibold text-white hover:bg-brand/90">
            Naar uw huizen
          </Link>
        </li>
        <li>
          <Link href="/" className="inline-block rounded-lg border border-black/20 px-4 py-2 font-medium hover:bg-brand-soft">
            Naar de startpagina
          </Link>
        </li>
      </ul>
    </section>
  );
}
