'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import { LEVELS, type LevelCode } from '@/lib/domain/levels';
import { houseNodeId, organisationNodeId, type RegionalElement } from '@/lib/domain/overview/regional-elements';
import type { RegionalNetwork } from '@/lib/domain/overview/regional-network';
import { REGIONAL_LEGEND } from '@/lib/domain/overview/regional-style';
import { shortHouseName } from '@/lib/domain/overview/short-house-name';
import { RegionalMapCanvas } from './regional-map-canvas';

/**
 * One region's picture with its legend, a panel that explains the selected organisation, and the
 * region's houses as links. A click (or tap) on a house opens that house.
 */
export function RegionalWorkspace({ network, elements, title }: { network: RegionalNetwork; elements: RegionalElement[]; title: string }) {
  const router = useRouter();
  const [selected, setSelected] = useState<string | null>(null);
  const names = useMemo(() => new Map(network.houses.map((h) => [h.id, shortHouseName(h.name)])), [network]);
  const label = `${title}: netwerk van ${network.houses.length} huizen en ${network.organisations.length} gedeelde regionale organisaties. De tabel eronder geeft dezelfde gegevens; de huizen staan ook als links onder de kaart.`;
  function onSelect(id: string | null) {
    const house = id ? network.houses.find((h) => houseNodeId(h.id) === id) : null;
    if (house) router.push(`/huizen/${house.id}`);
    else setSelected(id);
  }
  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_18rem]">
      <div className="min-w-0">
        <RegionalMapCanvas elements={elements} selected={selected} onSelect={onSelect} label={label} />
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted" aria-label="Legende">
          <li className="flex items-center gap-1.5">
            <span className="inline-block h-3 w-3 rounded-sm bg-brand" /> Huis (klik om het te openen)
          </li>
          <li className="flex items-center gap-1.5">
            <span className="inline-block h-3 w-3 rounded-full border-2 border-[#4b5563] bg-white" /> Regionale organisatie (groter = meer huizen)
          </li>
          {REGIONAL_LEGEND.map((item) => (
            <li key={item.code} className="flex items-center gap-1.5">
              <svg width="28" height="8" aria-hidden="true">
                <line
                  x1="0"
                  y1="4"
                  x2="28"
                  y2="4"
                  stroke={item.colour}
                  strokeWidth={Math.min(item.width, 4)}
                  strokeDasharray={item.line === 'dashed' ? '5 3' : item.line === 'dotted' ? '1.5 2.5' : undefined}
                />
              </svg>
              {item.label}
            </li>
          ))}
        </ul>
        <nav aria-label={`Huizen in ${title.toLowerCase()}`} className="mt-3 text-sm">
          <p className="font-medium">Huizen in {title.toLowerCase()}:</p>
          <ul className="mt-1 flex flex-wrap gap-1.5" data-testid="region-houses">
            {network.houses.map((h) => (
              <li key={h.id}>
                <Link
                  href={`/huizen/${h.id}`}
                  className="inline-block rounded border border-brand/30 bg-white px-2 py-0.5 text-brand underline-offset-2 hover:underline"
                >
                  {shortHouseName(h.name)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <aside className="rounded-xl border border-black/10 bg-white p-4 text-sm" aria-live="polite" data-testid="regional-details">
        {selected ? (
          <Details id={selected} network={network} names={names} />
        ) : (
          <p className="text-muted">
            Klik op een organisatie om te zien met welke huizen ze verbonden is; een klik op een huis opent het. Slepen verplaatst, scrollen zoomt.
          </p>
        )}
      </aside>
    </div>
  );
}

function Details({ id, network, names }: { id: string; network: RegionalNetwork; names: Map<string, string> }) {
  const org = network.organisations.find((o) => organisationNodeId(o.id) === id);
  if (org) {
    const list = (title: string, ids: string[]) =>
      ids.length ? (
        <div className="mt-2">
          <p className="text-xs font-semibold uppercase tracking-wide text-muted">{title}</p>
          <p>{ids.map((h) => names.get(h)).join(', ')}</p>
        </div>
      ) : null;
    return (
      <>
        <p className="font-semibold">{org.name}</p>
        <p className="text-muted">
          {org.typeName} · {org.links.length} huizen
        </p>
        {list('Kernpartner in', org.kernpartner)}
        {list('Betrokken (gemiddeld, minimaal, indirect) in', org.involved)}
        {list('Genoemd, niet betrokken in', org.notInvolved)}
        {list('Afwezig in (zelfde regio)', org.absent)}
      </>
    );
  }
  const house = network.houses.find((h) => houseNodeId(h.id) === id);
  if (!house) return null;
  const links = network.organisations.flatMap((o) => o.links.filter((l) => l.houseId === house.id).map((l) => ({ org: o, level: l.level as LevelCode })));
  return (
    <>
      <p className="font-semibold">
        <Link href={`/huizen/${house.id}`} className="text-brand hover:underline">
          {house.name}
        </Link>
      </p>
      <p className="text-muted">
        {house.province} · deelt {links.length} regionale organisaties
      </p>
      <ul className="mt-2 space-y-1">
        {links.map(({ org, level }) => (
          <li key={org.id}>
            {org.name}{' '}
            <span className="text-xs text-muted">
              ({LEVELS[level].label.toLowerCase()}, {org.links.length} huizen)
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
