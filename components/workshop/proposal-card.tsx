'use client';

import { useState } from 'react';
import { loweringChoiceLabel, type DerivedAnswerChange } from '@/lib/domain/derived-answer';
import { levelLabel } from '@/lib/domain/levels';
import type { HouseNetwork } from '@/lib/domain/house-network';
import { entryVersion } from '@/lib/domain/workshop/choices';
import type { ProposalView } from '@/lib/domain/workshop/events';
import { isConflicting } from '@/lib/domain/workshop/live-state';
import { postJson } from './post-json';
import { proposalSummary } from './proposal-line';

/**
 * One pending proposal on the projector, with the facilitator's buttons. A conflicting one (the
 * actor changed after the participant looked) says so and offers only an explicit choice:
 * apply it to the current state, or set it aside.
 */
export function ProposalCard({ code, proposal, network }: { code: string; proposal: ProposalView; network: HouseNetwork }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  /** Answers accepting would lower: shown after the refusal, each to be chosen explicitly. */
  const [lowering, setLowering] = useState<DerivedAnswerChange[]>([]);
  const conflicting = isConflicting(network, proposal);
  const current = proposal.actorKey ? entryVersion(network, proposal.actorKey) : null;

  async function decide(besluit: 'aanvaarden' | 'opzij' | 'toepassen', verlagen: string[] = []) {
    setBusy(true);
    setMessage(null);
    const body =
      besluit === 'toepassen' ? { besluit, version: current?.version ?? 0, verlagen } : besluit === 'aanvaarden' ? { besluit, verlagen } : { besluit };
    const result = await postJson(`/workshop/${code}/voorstellen/${proposal.id}`, body);
    setBusy(false);
    if (!result.ok) setMessage(result.message);
    setLowering(!result.ok && result.lowering ? result.lowering : []);
  }

  const button = 'rounded-lg px-4 py-2 text-lg font-semibold disabled:opacity-50';
  return (
    <li
      className={`rounded-xl border-2 bg-white p-3 ${conflicting ? 'border-[#b54708]' : 'border-black/10'}`}
      data-testid="proposal"
      data-proposal={proposal.id}
      data-conflict={conflicting ? 'ja' : 'nee'}
    >
      <p className="text-xl leading-snug">
        <span className="font-semibold">{proposal.actorName}</span>
        {proposal.typeName && proposal.typeName !== proposal.actorName ? <span className="text-muted"> ({proposal.typeName})</span> : null}
      </p>
      <p className="text-lg">{proposalSummary(proposal)}</p>
      {proposal.note ? <p className="text-lg italic text-muted">“{proposal.note}”</p> : null}
      <p className="text-base text-muted">
        #{proposal.seq} · {proposal.byName}
      </p>
      {conflicting ? (
        <p className="mt-1 rounded-md bg-amber-50 px-2 py-1 text-base text-[#7a2e0b]" data-testid="conflict-note">
          Conflict: deze actor werd intussen gewijzigd{current ? ` (nu ${levelLabel(current.level).toLowerCase()})` : ''}. Niets wordt overschreven zonder uw
          keuze.
        </p>
      ) : null}
      <div className="mt-2 flex flex-wrap gap-2">
        {lowering.length ? (
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              decide(
                conflicting ? 'toepassen' : 'aanvaarden',
                lowering.map((c) => c.typeCode),
              )
            }
            className={`${button} bg-[#b54708] text-white`}
            data-testid="confirm-lowering"
          >
            {lowering.map(loweringChoiceLabel).join('; ')}
          </button>
        ) : null}
        {conflicting ? (
          <button type="button" disabled={busy} onClick={() => decide('toepassen')} className={`${button} bg-[#b54708] text-white`}>
            Toch toepassen
          </button>
        ) : (
          <button type="button" disabled={busy} onClick={() => decide('aanvaarden')} className={`${button} bg-brand text-white`}>
            Aanvaarden
          </button>
        )}
        <button type="button" disabled={busy} onClick={() => decide('opzij')} className={`${button} border border-black/20 bg-white`}>
          Opzij leggen
        </button>
      </div>
      {message ? (
        <p role="alert" className="mt-1 text-base text-accent" data-testid="decision-message">
          {message}
        </p>
      ) : null}
    </li>
  );
}
