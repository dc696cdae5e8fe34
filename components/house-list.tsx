import Link from 'next/link';
import type { HouseSummary } from '@/lib/domain/house';
import { URBANISATION_LABELS } from '@/lib/domain/regions';

export function HouseList({ houses }: { houses: HouseSummary[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label="Huizen van het Kind">
      {houses.map((house) => (
        <li key={house.id}>
          <Link
            href={`/huizen/${house.id}`}
            className="block h-full rounded-xl border border-black/10 bg-white p-4 shadow-sm transition hover:border-brand hover:shadow"
          >
            <span className="block font-semibold text-ink">{house.name}</span>
            <span className="mt-1 block text-sm text-muted">
              {house.province} · {URBANISATION_LABELS[house.urbanisation]}
              {house.intermunicipal ? ` · intergemeentelijk (${house.municipalities.length} gemeenten)` : ''}
            </span>
            <span className="mt-3 flex flex-wrap gap-2 text-xs">
              <Badge>{house.direct} direct betrokken</Badge>
              <Badge>{house.kernpartners} kernpartners</Badge>
              <Badge>{house.nogNiet} nog niet</Badge>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

function Badge({ children }: { children: React.ReactNode }) {
  return <span className="rounded-full bg-brand-soft px-2 py-0.5 text-brand">{children}</span>;
}
