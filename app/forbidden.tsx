import type { Metadata } from 'next';
import { ErrorPage } from '@/components/error-page';
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
    <ErrorPage code={403} title="Geen toegang" testId="forbidden" housesLabel="Naar uw huizen">
      Dit deel van Netwerkkaart is niet voor uw account bedoeld
      {user ? (
        <>
          {' '}
          (u bent aangemeld als <strong className="text-ink">{ROLE_LABELS[user.role]}</strong>)
        </>
      ) : null}
      . Het overzicht over alle huizen is voor Kind en Gezin; het beheer van accounts en huizen voor de beheerder. Hebt u toegang nodig? Vraag het aan de
      beheerder van Netwerkkaart.
    </ErrorPage>
  );
}
