import Link from 'next/link';
import type { RegionalNetwork } from '@/lib/domain/overview/regional-network';
import { shortHouseName } from '@/lib/domain/overview/short-house-name';

/** The same data as the regional picture, as a table: per shared organisation, where it stands. */
export function RegionalTable({ network }: { network: RegionalNetwork }) {
  const names = new Map(network.houses.map((h) => [h.id, shortHouseName(h.name)]));
  const list = (ids: string[]) => (ids.length ? ids.map((id) => names.get(id)).join(', ') : <span className="text-muted">–</span>);
  return (
    <div
      className="max-h-[70vh] relative overflow-auto rounded-xl border border-black/10 bg-white print:max-h-none print:overflow-visible"
      tabIndex={0}
      aria-label="Tabel van de gedeelde regionale organisaties, scrollbaar"
    >
      <table className="w-full min-w-[900px] border-separate border-spacing-0 text-sm" data-testid="regional-table">
        <caption className="sr-only">
          Gedeelde regionale organisaties: waar ze kernpartner zijn, waar anders betrokken, waar genoemd maar niet betrokken, en waar afwezig in dezelfde regio
        </caption>
        <thead className="text-left text-xs text-muted">
          <tr>
            {['Organisatie', 'Huizen', 'Kernpartner in', 'Andere betrokkenheid in', 'Niet betrokken in', 'Afwezig in (zelfde regio)'].map((h, i) => (
              <th
                key={h}
                scope="col"
                className={`sticky top-0 z-10 border-b border-black/10 bg-white px-2 py-2 font-medium ${i === 0 ? 'pl-3' : ''} ${i === 1 ? 'text-right' : ''}`}
              >
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {network.organisations.map((o) => (
            <tr key={o.id} data-organisation={o.id} className="align-top">
              <th scope="row" className="border-b border-black/5 py-1.5 pl-3 pr-2 text-left font-medium">
                {o.name}
                <span className="block text-xs font-normal text-muted">{o.typeName}</span>
              </th>
              <td className="border-b border-black/5 px-2 py-1.5 text-right tabular-nums">{o.links.length}</td>
              <td className="border-b border-black/5 px-2 py-1.5">{list(o.kernpartner)}</td>
              <td className="border-b border-black/5 px-2 py-1.5">{list(o.involved)}</td>
              <td className="border-b border-black/5 px-2 py-1.5">{list(o.notInvolved)}</td>
              <td className="border-b border-black/5 px-2 py-1.5 text-[#7a271a]">{list(o.absent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Houses outside the regional network, in two honest groups. */
export function UnlinkedHouses({ network }: { network: RegionalNetwork }) {
  return (
    <section aria-labelledby="zonder-gedeelde" className="grid gap-3 md:grid-cols-2">
      <div className="rounded-xl border border-black/10 bg-white p-4 text-sm">
        <h3 id="zonder-gedeelde" className="font-semibold">
          Noemt organisaties, maar deelt er geen ({network.sharesNone.length})
        </h3>
        {network.sharesNone.length ? (
          <ul className="mt-2 flex flex-wrap gap-1.5">
            {network.sharesNone.map((h) => (
              <li key={h.id}>
                <Link href={`/huizen/${h.id}`} className="rounded border border-[#b42318]/40 bg-[#fef3f2] px-1.5 py-0.5 text-[#b42318] hover:underline">
                  {shortHouseName(h.name)}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-muted">Geen: elk huis dat organisaties noemt, deelt er minstens één met een ander huis.</p>
        )}
      </div>
      <div className="rounded-xl border border-black/10 bg-white p-4 text-sm">
        <h3 className="font-semibold">Noemt nog geen organisaties ({network.namesNone.length})</h3>
        <p className="mt-1 text-muted">
          Deze huizen beantwoordden de vragenlijst per type actor, zonder organisaties bij naam. Of ze partners delen, is dus (nog) niet te zien.
        </p>
        <details className="mt-2">
          <summary className="cursor-pointer text-brand">Toon de {network.namesNone.length} huizen</summary>
          <p className="mt-1">{network.namesNone.map((h) => shortHouseName(h.name)).join(', ')}</p>
        </details>
      </div>
    </section>
  );
}
