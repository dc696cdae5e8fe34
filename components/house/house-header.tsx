import Link from 'next/link';
import type { NetworkHouse } from '@/lib/house-network';
import { URBANISATION_LABELS } from '@/lib/regions';

export const HOUSE_TABS = [
  { key: 'kaart', label: 'Kaart', path: '' },
  { key: 'vragenlijst', label: 'Vragenlijst', path: '/vragenlijst' },
  { key: 'groeikansen', label: 'Groeikansen', path: '/groeikansen' },
  { key: 'momentopnames', label: 'Momentopnames', path: '/momentopnames' },
  { key: 'geschiedenis', label: 'Geschiedenis', path: '/geschiedenis' },
] as const;

export type HouseTab = (typeof HOUSE_TABS)[number]['key'];

/** The house's name, area and the tabs of its pages. */
export function HouseHeader({ house, active }: { house: Pick<NetworkHouse, 'id' | 'name' | 'municipalities' | 'province' | 'urbanisation' | 'intermunicipal'>; active: HouseTab }) {
  return (
    <header className="mb-5 print:mb-3">
      <p className="text-sm print:hidden">
        <Link href="/huizen" className="text-brand underline-offset-2 hover:underline">← Alle huizen</Link>
      </p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight sm:text-3xl">{house.name}</h1>
      <p className="mt-1 text-sm text-muted">
        {house.municipalities.join(', ')} · {house.province} · {URBANISATION_LABELS[house.urbanisation]}
        {house.intermunicipal ? ' · intergemeentelijk' : ''}
      </p>
      <nav aria-label="Onderdelen van het huis" className="mt-4 overflow-x-auto print:hidden">
        <ul className="flex gap-1 border-b border-black/10 text-sm">
          {HOUSE_TABS.map((tab) => (
            <li key={tab.key}>
              <Link
                href={`/huizen/${house.id}${tab.path}`}
                aria-current={active === tab.key ? 'page' : undefined}
                className={`-mb-px block whitespace-nowrap border-b-2 px-3 py-2 font-medium ${
                  active === tab.key ? 'border-brand text-brand' : 'border-transparent text-muted hover:text-ink'
                }`}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
