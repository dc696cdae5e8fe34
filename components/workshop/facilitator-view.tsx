'use client';

import { useCallback, useRef, useState } from 'react';
import type { HouseArrangements } from '@/lib/domain/arrangement';
import type { HouseNetwork } from '@/lib/domain/house-network';
import { TieLegend } from '../ties/tie-legend';
import type { ProposalView, WorkshopEvent } from '@/lib/domain/workshop/events';
import type { QrShape } from '@/lib/formats/qr';
import type { WorkshopInfo } from '@/lib/use-cases/workshops/views';
import { ArrangementBar } from '../map/arrangement-bar';
import { HouseMapCanvas, type MapCanvasHandle } from '../map/house-map-canvas';
import { MapLegend } from '../map/map-legend';
import { useArrangement, type ArrangementActions } from '../map/use-arrangement';
import { JoinPanel } from './join-panel';
import { ProposalCard } from './proposal-card';
import { proposalSummary } from './proposal-line';
import { useWorkshopMap } from './use-workshop-map';
import { useWorkshopStream } from './use-workshop-stream';
import { WorkshopScreenHeader } from './workshop-screen-header';

interface Props {
  workshop: WorkshopInfo;
  network: HouseNetwork;
  proposals: ProposalView[];
  lastSeq: number;
  join: { url: string; spaced: string; qr: QrShape };
  /** The house's own arrangements of its map: the projector draws the rings in the saved one. */
  arrangements: HouseArrangements;
  /** Saving and resetting it from the projector (the runner may edit the house; checked on the server). */
  arrangementActions: ArrangementActions | null;
}

const NONE = new Set<string>();

/**
 * The facilitator's own screen (issue 18: moderation is not on the projector): the house's map,
 * live; the pending proposals with the buttons to accept or set aside; the last accepted changes
 * with who proposed them; a link that opens the projector for the room (/scherm: the map and the
 * changes only, no names, no buttons). The start screen (and "Code tonen") shows the join code,
 * the QR code and the address.
 */
export function FacilitatorView({ workshop, network, proposals, lastSeq, join, arrangements, arrangementActions }: Props) {
  const [showJoin, setShowJoin] = useState(proposals.length === 0);
  const [lastEvent, setLastEvent] = useState<WorkshopEvent | null>(null);
  const onEvent = useCallback((event: WorkshopEvent) => {
    setLastEvent(event);
    if (event.type === 'proposal.created') setShowJoin(false);
  }, []);
  const { state, status } = useWorkshopStream(
    workshop.code,
    { network, proposals, participants: workshop.participants, state: workshop.state, lastSeq },
    onEvent,
  );
  const handle = useRef<MapCanvasHandle>({ cy: null });
  const arrangement = useArrangement('ringen', arrangements, handle, arrangementActions);

  const { model, elements, accepted, decorations } = useWorkshopMap(state);
  const pending = state.proposals.filter((p) => p.status === 'pending');

  return (
    <div data-bare-page data-testid="facilitator" className="fixed inset-0 z-40 flex flex-col overflow-y-auto bg-paper text-ink lg:overflow-hidden">
      <WorkshopScreenHeader houseName={state.network.house.name} join={join} participants={state.participants} status={status}>
        <button type="button" onClick={() => setShowJoin((v) => !v)} className="rounded-lg border border-brand px-3 py-1.5 text-lg font-semibold text-brand">
          {showJoin ? 'Kaart tonen' : 'Code tonen'}
        </button>
        <a
          href={`/workshop/${workshop.code}/scherm`}
          target="_blank"
          rel="noopener"
          className="rounded-lg bg-brand px-3 py-1.5 text-lg font-semibold text-white"
        >
          Scherm voor de zaal ↗
        </a>
        <a href={`/workshop/${workshop.code}/afsluiten`} className="rounded-lg border border-black/20 bg-white px-3 py-1.5 text-lg">
          Afsluiten …
        </a>
      </WorkshopScreenHeader>
      {state.state === 'closed' ? (
        <p className="bg-amber-50 px-6 py-2 text-xl text-[#7a2e0b]" data-testid="closed-banner">
          Deze workshop is afgesloten.{' '}
          <a className="font-semibold underline" href={`/workshop/${workshop.code}/afsluiten`}>
            Naar de actielijst
          </a>
        </p>
      ) : null}
      <div className="grid min-h-0 flex-1 grid-cols-1 lg:grid-cols-[minmax(0,1fr)_minmax(380px,30%)]">
        <div className="relative flex min-h-[75vh] flex-col border-r border-black/10 bg-white lg:min-h-0">
          {/* Always there (under the join panel too), so the map keeps its size when the panel goes. */}
          <ArrangementBar arrangement={arrangement} layout="ringen" canEdit={arrangementActions !== null} />
          <div className={showJoin ? 'invisible min-h-0 flex-1' : 'min-h-0 flex-1'}>
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
              arrangement={arrangement.positions}
            />
          </div>
          {showJoin ? (
            <div className="absolute inset-0">
              <JoinPanel code={workshop.code} spaced={join.spaced} url={join.url} qr={join.qr} onClose={() => setShowJoin(false)} />
            </div>
          ) : null}
        </div>
        <aside className="flex min-h-0 flex-col gap-4 overflow-y-auto p-4" aria-label="Voorstellen en wijzigingen">
          <section aria-labelledby="voorstellen-titel">
            <h2 id="voorstellen-titel" className="mb-2 text-2xl font-semibold">
              Voorstellen{' '}
              <span className="text-muted" data-testid="pending-count">
                ({pending.length})
              </span>
            </h2>
            {pending.length === 0 ? (
              <p className="break-all text-base text-muted sm:break-normal sm:text-xl">Nog geen voorstellen. Deelnemers sturen ze met hun gsm.</p>
            ) : (
              <ul className="space-y-3" data-testid="pending-proposals">
                {pending.map((p) => (
                  <ProposalCard key={p.id} code={workshop.code} proposal={p} network={state.network} />
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="wijzigingen-titel">
            <h2 id="wijzigingen-titel" className="mb-2 text-2xl font-semibold">
              Laatste wijzigingen
            </h2>
            {accepted.length === 0 ? (
              <p className="break-all text-base text-muted sm:break-normal sm:text-xl">Nog niets aanvaard.</p>
            ) : (
              <ol className="space-y-2 text-xl" data-testid="recent-changes">
                {accepted.slice(0, 8).map((p) => (
                  <li key={p.id} className="rounded-lg bg-white px-3 py-2">
                    <span className="font-semibold">{p.actorName}</span>: {proposalSummary(p)}
                    <span className="block text-lg text-muted">voorgesteld door {p.byName}</span>
                  </li>
                ))}
              </ol>
            )}
          </section>
          <div className="mt-auto space-y-3 rounded-xl bg-white p-3 text-base">
            <MapLegend compact />
            {state.network.ties?.length ? <TieLegend compact /> : null}
          </div>
          <p className="sr-only" aria-live="polite">
            {lastEvent?.type === 'proposal.created' ? `Nieuw voorstel van ${lastEvent.payload.proposal.byName}` : ''}
          </p>
        </aside>
      </div>
    </div>
  );
}
