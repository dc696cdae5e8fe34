import Link from 'next/link';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { EmptyHouses } from '@/components/empty-houses';
import { HouseList } from '@/components/house-list';
import { LoginInvitation } from '@/components/auth/login-invitation';
import { optionalUser } from '@/lib/edge/session';
import { countHouses, listHousesFor } from '@/lib/use-cases/houses';
import { loadPageData } from '@/lib/edge/load-page-data';

export const dynamic = 'force-dynamic';

export default async function StartPage() {
  // Anonymous visitors get the introduction and a login invitation, never the list of houses.
  const result = await loadPageData(async () => {
    const user = await optionalUser();
    return user ? { user, houses: await listHousesFor(user), count: 0 } : { user: null, houses: [], count: await countHouses() };
  });
  return (
    <>
      <section className="mb-8 rounded-2xl bg-brand px-5 py-7 text-white sm:px-8 sm:py-10">
        <p className="text-sm font-medium uppercase tracking-wide text-brand-soft">Netwerkkaart</p>
        <h1 className="mt-1 max-w-3xl text-2xl font-semibold leading-tight sm:text-4xl">Wie werkt mee in uw Huis van het Kind, en hoe sterk?</h1>
        <p className="mt-3 max-w-2xl text-brand-soft">
          Breng het samenwerkingsverband van uw huis in kaart: de kernpartners, wie gemiddeld of minimaal betrokken is, wie u indirect bereikt via een overleg,
          en wie &lsquo;nog niet&rsquo; meedoet. Daar ligt uw groeikans.
        </p>
        <div className="mt-5 flex flex-wrap gap-3 text-sm">
          <Link href="/huizen" className="rounded-lg bg-white px-4 py-2 font-semibold text-brand hover:bg-brand-soft">
            Naar de huizen
          </Link>
          <Link href="/catalogus" className="rounded-lg border border-white/60 px-4 py-2 font-semibold text-white hover:bg-white/10">
            De 52 actoren bekijken
          </Link>
        </div>
      </section>

      {!result.ok ? (
        <DatabaseErrorPanel />
      ) : !result.data.user ? (
        <LoginInvitation houseCount={result.data.count} />
      ) : (
        <>
          <h2 className="mb-4 text-xl font-semibold">{result.data.user.role === 'coordinator' ? 'Uw Huis van het Kind' : 'Huizen van het Kind'}</h2>
          {result.data.houses.length === 0 ? (
            result.data.user.role === 'coordinator' || result.data.user.role === 'facilitator' ? (
              <p className="rounded-xl border border-dashed border-brand/40 bg-white p-6 text-muted">
                Er is nog geen huis aan uw account gekoppeld. Vraag de beheerder van Netwerkkaart om dat te doen.
              </p>
            ) : (
              <EmptyHouses />
            )
          ) : (
            <>
              <p className="mb-4 text-sm text-muted">
                {result.data.houses.length === 1 ? '1 huis' : `${result.data.houses.length} huizen`}
                {result.data.user.role === 'coordinator' || result.data.user.role === 'facilitator' ? ' waarvoor u werkt.' : ' in de databank.'}
              </p>
              <HouseList houses={result.data.houses} />
            </>
          )}
        </>
      )}
    </>
  );
}
