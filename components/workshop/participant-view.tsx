'use client';

import { useMemo, useState } from 'react';
import type { HouseNetwork } from '@/lib/domain/house-network';
import { levelLabel } from '@/lib/domain/levels';
import { actorChoices, type ActorChoice } from '@/lib/domain/workshop/choices';
import type { ProposalView } from '@/lib/domain/workshop/events';
import { isConflicting } from '@/lib/domain/workshop/live-state';
import type { WorkshopInfo } from '@/lib/use-cases/workshops/views';
import { ProposalForm } from './proposal-form';
import { TieProposalForm } from '@/components/ties/tie-proposal-form';
import { proposalSummary, STATUS_TEXT } from './proposal-line';
import { STATUS_LABELS, useWorkshopStream } from './use-workshop-stream';

interface Props {
  workshop: WorkshopInfo;
  me: { id: string; name: string };
  network: HouseNetwork;
  proposals: ProposalView[];
  lastSeq: number;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** The phone: find an actor, say "nu" and "gewenst", add a missing one, follow your proposals. */
export function ParticipantView({ workshop, me, network, proposals, lastSeq }: Props) {
  const { state, status } = useWorkshopStream(workshop.code, { network, proposals, participants: workshop.participants, state: workshop.state, lastSeq });
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<ActorChoice | 'new' | 'tie' | null>(null);
  const [flash, setFlash] = useState<string | null>(null);

  const choices = useMemo(() => actorChoices(state.network), [state.network]);
  const shown = useMemo(() => {
    const q = fold(search.trim());
    return q ? choices.filter((c) => fold(`${c.name} ${c.typeName}`).includes(q)) : choices;
  }, [choices, search]);
  const types = useMemo(() => {
    const clusters = new Map(state.network.clusters.map((c) => [c.code, c.name]));
    return state.network.types
      .filter((t) => t.catalogue)
      .map((t) => ({ code: t.code, name: t.name, clusterName: clusters.get(t.cluster) ?? t.cluster }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }, [state.network]);
  const mine = state.proposals
    .filter((p) => p.byId === me.id)
    .slice()
    .reverse();
  const recent = state.proposals
    .filter((p) => p.status === 'accepted')
    .sort((a, b) => (b.decidedAt ?? '').localeCompare(a.decidedAt ?? ''))
    .slice(0, 5);

  if (state.state === 'closed') {
    return (
      <section className="rounded-2xl border border-black/10 bg-white p-6 text-center" data-testid="workshop-closed">
        <h1 className="text-2xl font-semibold">De workshop is afgesloten</h1>
        <p className="mt-2 text-muted">Bedankt voor uw voorstellen, {me.name}. De begeleider maakt de actielijst en het verslag.</p>
      </section>
    );
  }

  const current = chosen && chosen !== 'new' && chosen !== 'tie' ? (choices.find((c) => c.key === chosen.key) ?? chosen) : null;
  return (
    <div className="space-y-5">
      <header className="flex items-start justify-between gap-3">
        <div>
          <p className="text-sm text-muted">
            Workshop {workshop.code} · {me.name}
          </p>
          <h1 className="text-xl font-semibold leading-tight">{workshop.houseName}</h1>
        </div>
        <span
          className={`shrink-0 rounded-full px-2.5 py-1 text-xs font-semibold ${status === 'live' ? 'bg-[#ecfdf3] text-[#067647]' : 'bg-amber-50 text-[#b54708]'}`}
          data-testid="stream-status"
          data-status={status}
        >
          {STATUS_LABELS[status]}
        </span>
      </header>

      {flash ? (
        <p role="status" className="rounded-xl bg-[#ecfdf3] px-4 py-3 text-[#067647]" data-testid="participant-flash">
          {flash}
        </p>
      ) : null}

      {chosen === 'tie' ? (
        <TieProposalForm
          code={workshop.code}
          network={state.network}
          onCancel={() => setChosen(null)}
          onDone={(message) => {
            setChosen(null);
            setFlash(message);
          }}
        />
      ) : chosen ? (
        <ProposalForm
          key={chosen === 'new' ? 'new' : chosen.key}
          code={workshop.code}
          choice={current}
          types={types}
          onCancel={() => setChosen(null)}
          onDone={(message) => {
            setChosen(null);
            setFlash(message);
          }}
        />
      ) : (
        <section aria-labelledby="kies-titel" className="space-y-3">
          <h2 id="kies-titel" className="text-lg font-semibold">
            Kies een actor
          </h2>
          <input
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder="Zoek, bv. OCMW, school, CAW"
            aria-label="Zoek een actor"
            className="w-full rounded-xl border border-black/20 bg-white px-4 py-3 text-lg"
          />
          <button
            type="button"
            onClick={() => {
              setFlash(null);
              setChosen('new');
            }}
            className="w-full rounded-xl border-2 border-dashed border-brand/50 px-4 py-3 text-left font-semibold text-brand"
          >
            + Een actor die ontbreekt toevoegen
          </button>
          <button
            type="button"
            onClick={() => {
              setFlash(null);
              setChosen('tie');
            }}
            className="w-full rounded-xl border-2 border-dashed border-brand/50 px-4 py-3 text-left font-semibold text-brand"
          >
            + Een samenwerking voorstellen (wie verwijst door naar wie, wie stemt af …)
          </button>
          <ul className="divide-y divide-black/10 overflow-hidden rounded-2xl border border-black/10 bg-white" data-testid="actor-choices">
            {shown.slice(0, 80).map((c) => (
              <li key={c.key}>
                <button
                  type="button"
                  onClick={() => {
                    setFlash(null);
                    setChosen(c);
                  }}
                  className="flex w-full items-center justify-between gap-3 px-4 py-3 text-left active:bg-brand-soft"
                  data-key={c.key}
                >
                  <span className="min-w-0">
                    <span className="block font-medium">{c.name}</span>
                    {c.typeName !== c.name ? <span className="block text-sm text-muted">{c.typeName}</span> : null}
                  </span>
                  <span className="max-w-[45%] shrink-0 text-right text-sm leading-tight text-muted" data-testid="choice-level">
                    {c.level === 'niet_aanwezig' ? 'Niet in werkgebied' : levelLabel(c.level)}
                  </span>
                </button>
              </li>
            ))}
            {shown.length === 0 ? <li className="px-4 py-3 text-muted">Geen actor gevonden. Voeg hem toe met de knop hierboven.</li> : null}
          </ul>
        </section>
      )}

      <section aria-labelledby="mijn-titel">
        <h2 id="mijn-titel" className="mb-2 text-lg font-semibold">
          Mijn voorstellen
        </h2>
        {mine.length === 0 ? (
          <p className="text-muted">Nog geen. Kies een actor en zeg hoe betrokken hij is.</p>
        ) : (
          <ul className="space-y-2" data-testid="my-proposals">
            {mine.map((p) => (
              <li key={p.id} className="rounded-xl border border-black/10 bg-white px-4 py-3" data-status={p.status}>
                <span className="font-medium">{p.actorName}</span>: {proposalSummary(p)}
                <span className="mt-0.5 block text-sm text-muted">
                  {STATUS_TEXT[p.status]}
                  {p.status === 'pending' && isConflicting(state.network, p) ? ' · iemand anders wijzigde deze actor intussen' : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="recent-titel">
        <h2 id="recent-titel" className="mb-2 text-lg font-semibold">
          Laatst aanvaard
        </h2>
        {recent.length === 0 ? (
          <p className="text-muted">Nog niets aanvaard.</p>
        ) : (
          <ul className="space-y-1" data-testid="recent-changes">
            {recent.map((p) => (
              <li key={p.id}>
                <span className="font-medium">{p.actorName}</span>: {proposalSummary(p)} <span className="text-muted">· {p.byName}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
