'use client';

import Link from 'next/link';
import { useMemo, useState } from 'react';
import { LEVELS, type LevelCode } from '@/lib/levels';
import { houseNodeId, organisationNodeId, type RegionalElement } from '@/lib/overview/regional-elements';
import type { RegionalNetwork } from '@/lib/overview/regional-network';
import { REGIONAL_LEGEND } from '@/lib/overview/regional-style';
import { shortHouseName } from '@/lib/overview/short-house-name';
import { RegionalMapCanvas } from './regional-map-canvas';

/** The regional picture with its legend and a panel that explains the selected node. */
export function RegionalWorkspace({ network, elements }: { network: RegionalNetwork; elements: RegionalElement[] }) {
  const [selected, setSelected] = useState<string | null>(null);
  const names = useMemo(() => new Map(network.houses.map((h) => [h.id, shortHouseName(h.name)])), [network]);
  const label = `Netwerk van ${network.regions.reduce((s, r) => s + r.houses.length, 0)} huizen en ${network.organisations.length} gedeelde regionale organisaties. De tabel eronder geeft dezelfde gegevens.`;
  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_18rem]">
      <div>
        <RegionalMapCanvas elements={elements} selected={selected} onSelect={setSelected} label={label} />
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted" aria-label="Legende">
          <li className="flex items-center gap-1.5"><span className="inline-block h-3 w-3 rounded-sm bg-brand" /> Huis</li>
          <li className="flex items-center gap-1.5"><span className="inline-block h-3 w-3 rounded-full border-2 border-[#4b5563] bg-white" /> Regionale organisatie (groter = meer huizen)</li>
          {REGIONAL_LEGEND.map((item) => (
            <li key={item.code} className="flex items-center gap-1.5">
              <svg width="28" height="8" aria-hidden="true"><line x1="0" y1="4" x2="28" y2="4" stroke={item.colour} strokeWidth={Math.min(item.width, 4)} strokeDasharray={item.line === 'dashed' ? '5 3' : item.line === 'dotted' ? '1.5 2.5' : undefined} /></svg>
              {item.label}
            </li>
          ))}
        </ul>
      </div>
      <aside className="rounded-xl border border-black/10 bg-white p-4 text-sm" aria-live="polite" data-testid="regional-details">
        {selected ? <Details id={selected} network={network} names={names} /> : (
          <p className="text-muted">Klik op een huis of een organisatie om te zien met wie het verbonden is. Slepen verplaatst, scrollen zoomt.</p>
        )}
      </aside>
    </div>
  );
}

function Details({ id, network, names }: { id: string; network: RegionalNetwork; names: Map<string, string> }) {
  const org = network.organisations.find((o) => organisationNodeId(o.id) === id);
  if (org) {
    const list = (title: string, ids: string[]) => ids.length ? (
      <div className="mt-2"><p className="text-xs font-semibold uppercase tracking-wide text-muted">{title}</p><p>{ids.map((h) => names.get(h)).join(', ')}</p></div>
    ) : null;
    return (
      <>
        <p className="font-semibold">{org.name}</p>
        <p className="text-muted">{org.typeName} · {org.links.length} huizen</p>
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
      <p className="font-semibold"><Link href={`/huizen/${house.id}`} className="text-brand hover:underline">{house.name}</Link></p>
      <p className="text-muted">{house.province} · deelt {links.length} regionale organisaties</p>
      <ul className="mt-2 space-y-1">
        {links.map(({ org, level }) => (
          <li key={org.id}>{org.name} <span className="text-xs text-muted">({LEVELS[level].label.toLowerCase()}, {org.links.length} huizen)</span></li>
        ))}
      </ul>
    </>
  );
}
