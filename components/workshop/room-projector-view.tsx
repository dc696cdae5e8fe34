'use client';

import { useRef } from 'react';
import type { HouseArrangements } from '@/lib/domain/arrangement';
import type { HouseNetwork } from '@/lib/domain/house-network';
import type { ProposalView } from '@/lib/domain/workshop/events';
import type { QrShape } from '@/lib/formats/qr';
import type { WorkshopInfo } from '@/lib/use-cases/workshops/views';
import { HouseMapCanvas, type MapCanvasHandle } from '../map/house-map-canvas';
import { MapLegend } from '../map/map-legend';
import { TieLegend } from '../ties/tie-legend';
import { proposalSummary } from './proposal-line';
import { QrCode } from './qr-code';
import { useWorkshopMap } from './use-workshop-map';
import { useWorkshopStream } from './use-workshop-stream';
import { WorkshopScreenHeader } from './workshop-screen-header';

const NONE = new Set<string>();

/**
 * The projector for the room (issue 18): the house's map, live and steady (the canvas keeps every
 * node where it stands as changes land; the rings in the house's own arrangement), the latest
 * accepted changes, and how to join. No participant names (its view and its stream carry none:
 * lib/domain/workshop/room-view.ts) and no buttons: moderation is on the facilitator's own
 * screen (/begeleiden).
 */
export function RoomProjectorView({
  workshop,
  network,
  proposals,
  lastSeq,
  join,
  arrangements,
}: {
  workshop: WorkshopInfo;
  network: HouseNetwork;
  proposals: ProposalView[];
  lastSeq: number;
  join: { url: string; spaced: string; qr: QrShape };
  arrangements: HouseArrangements;
}) {
  const { state, status } = useWorkshopStream(
    workshop.code,
    { network, proposals, participants: workshop.participants, state: workshop.state, lastSeq },
    undefined,
    true,
  );
  const handle = useRef<MapCanvasHandle>({ cy: null });
  const { model, elements, accepted, decorations } = useWorkshopMap(state);

  return (
    <div data-bare-page data-testid="projector" className="fixed inset-0 z-40 flex flex-col overflow-y-auto bg-paper text-ink lg:overflow-hidden">
      <WorkshopScreenHeader houseName={state.network.house.name} join={join} participants={state.participants} status={status} />
      {state.state === 'closed' ? (
        <p className="bg-amber-50 px-6 py-2 text-xl text-[#7a2e0b]" data-testid="closed-banner">
          Deze workshop is afgesloten. Bedankt om mee te bouwen aan de kaart.
        </p>
      ) : null}
      <div className="grid min-h-0 flex-1 grid-cols-1 lg:grid-cols-[minmax(0,1fr)_minmax(340px,26%)]">
        <div className="flex min-h-[75vh] flex-col border-r border-black/10 bg-white lg:min-h-0">
          <HouseMapCanvas
            elements={elements}
            model={model}
            layout="ringen"
            hidden={NONE}
            matches={NONE}
            focused={null}
            decorations={decorations}
            onSelect={() => {}}
            handle={handle}
            label={`Netwerkkaart van ${state.network.house.name}, live bijgewerkt tijdens de workshop.`}
            presentation
            arrangement={arrangements.ringen.positions}
          />
        </div>
        {/* Focusable: on a phone the list scrolls, and it holds no control a keyboard could reach it by. */}
        <aside className="flex min-h-0 flex-col gap-4 overflow-y-auto p-4" aria-label="Wijzigingen en meedoen" tabIndex={0}>
          <section aria-labelledby="wijzigingen-titel">
            <h2 id="wijzigingen-titel" className="mb-2 text-2xl font-semibold">
              Laatste wijzigingen
            </h2>
            {accepted.length === 0 ? (
              <p className="text-base text-muted sm:text-xl">Nog niets aanvaard. Stuur uw voorstel met uw gsm.</p>
            ) : (
              <ol className="space-y-2 text-xl" data-testid="recent-changes">
                {accepted.slice(0, 8).map((p) => (
                  <li key={p.id} className="rounded-lg bg-white px-3 py-2">
                    <span className="font-semibold">{p.actorName}</span>: {proposalSummary(p)}
                  </li>
                ))}
              </ol>
            )}
          </section>
          <section aria-labelledby="doe-mee-titel" className="flex items-center gap-4 rounded-xl bg-white p-3">
            <QrCode shape={join.qr} label={`QR-code naar ${join.url}`} className="size-32 shrink-0" />
            <div>
              <h2 id="doe-mee-titel" className="text-lg font-semibold">
                Doe mee
              </h2>
              <p className="font-mono text-3xl font-bold tracking-[0.1em]" data-testid="join-code" data-code={workshop.code}>
                {join.spaced}
              </p>
            </div>
          </section>
          <div className="mt-auto space-y-3 rounded-xl bg-white p-3 text-base">
            <MapLegend compact />
            {state.network.ties?.length ? <TieLegend compact /> : null}
          </div>
        </aside>
      </div>
    </div>
  );
}
