import Link from 'next/link';
import { PageTabs } from '@/components/page-tabs';
import { RoundBanner } from '@/components/rounds/round-banner';
import type { NetworkHouse } from '@/lib/domain/house-network';
import { URBANISATION_LABELS } from '@/lib/domain/regions';

export const HOUSE_TABS = [
  { key: 'kaart', label: 'Kaart', path: '' },
  { key: 'vragenlijst', label: 'Vragenlijst', path: '/vragenlijst' },
  { key: 'groeikansen', label: 'Groeikansen', path: '/groeikansen' },
  { key: 'netwerk', label: 'Netwerk', path: '/netwerk' },
  { key: 'momentopnames', label: 'Momentopnames', path: '/momentopnames' },
  { key: 'tijdlijn', label: 'Tijdlijn', path: '/tijdlijn' },
  { key: 'presentatie', label: 'Presentatie', path: '/presentatie' },
  { key: 'geschiedenis', label: 'Geschiedenis', path: '/geschiedenis' },
] as const;

export type HouseTab = (typeof HOUSE_TABS)[number]['key'];

/** The house's name, area, the task of a running survey round (RoundBanner) and the tabs of its pages. */
export function HouseHeader({
  house,
  active,
  roundBanner = true,
}: {
  house: Pick<NetworkHouse, 'id' | 'name' | 'municipalities' | 'province' | 'urbanisation' | 'intermunicipal'>;
  active: HouseTab;
  roundBanner?: boolean;
}) {
  return (
    <header className="mb-5 print:mb-3">
      <p className="text-sm print:hidden">
        <Link href="/huizen" className="text-brand underline-offset-2 hover:underline">
          ← Alle huizen
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight sm:text-3xl">{house.name}</h1>
      <p className="mt-1 text-sm text-muted">
        {house.municipalities.join(', ')} · {house.province} · {URBANISATION_LABELS[house.urbanisation]}
        {house.intermunicipal ? ' · intergemeentelijk' : ''}
      </p>
      {roundBanner ? <RoundBanner houseId={house.id} /> : null}
      <PageTabs
        label="Onderdelen van het huis"
        tabs={HOUSE_TABS.map((tab) => ({ key: tab.key, label: tab.label, href: `/huizen/${house.id}${tab.path}` }))}
        active={active}
        className="mt-4"
      />
    </header>
  );
}
