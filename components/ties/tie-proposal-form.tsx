'use client';

import { useMemo, useState } from 'react';
import { TIE_KIND_DEFINITIONS, TIE_KINDS, type TieKind } from '@/lib/domain/ties/tie-kinds';
import { tieSentence } from '@/lib/domain/ties/tie-sentence';
import type { HouseNetwork } from '@/lib/domain/house-network';
import { postJson } from '@/components/workshop/post-json';

/**
 * A participant proposes a tie from a phone ("Het CLB verwijst door naar het CAW"): two named
 * organisations of the map and the kind; the facilitator accepts it on the projector.
 */
export function TieProposalForm({
  code,
  network,
  onDone,
  onCancel,
}: {
  code: string;
  network: HouseNetwork;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const actors = useMemo(() => [...network.actors].sort((a, b) => a.name.localeCompare(b.name, 'nl')), [network.actors]);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [kind, setKind] = useState<TieKind>('doorverwijzing');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = (id: string) => actors.find((a) => a.id === id)?.name ?? '…';

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await postJson(`/workshop/${code}/voorstellen`, {
      tieFrom: from ? `actor:${from}` : '',
      tieTo: to ? `actor:${to}` : '',
      tieKind: kind,
      note,
    });
    setBusy(false);
    if (result.ok) onDone(`Uw voorstel staat op het scherm: ${tieSentence(kind, name(from), name(to))}.`);
    else setError(result.fieldErrors ? (Object.values(result.fieldErrors).flat()[0] ?? result.message) : result.message);
  }

  if (actors.length < 2) {
    return (
      <section className="space-y-3 rounded-2xl border border-brand/30 bg-white p-4" data-testid="tie-proposal-form">
        <p>Op deze kaart staan nog geen twee benoemde organisaties. Stel eerst voor welke organisaties ontbreken.</p>
        <button type="button" onClick={onCancel} className="rounded-xl border border-black/20 px-4 py-3">
          Terug
        </button>
      </section>
    );
  }
  const select = 'mt-1 w-full rounded-xl border border-black/20 bg-white px-3 py-3 text-lg';
  return (
    <form
      onSubmit={submit}
      className="space-y-4 rounded-2xl border border-brand/30 bg-white p-4 shadow-sm"
      data-testid="tie-proposal-form"
      aria-labelledby="samenwerking-titel"
    >
      <h2 id="samenwerking-titel" className="text-xl font-semibold">
        Samenwerking voorstellen
      </h2>
      <label className="block">
        <span className="font-semibold">Organisatie</span>
        <select value={from} onChange={(e) => setFrom(e.target.value)} className={select} name="tieFrom">
          <option value="">Kies …</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend className="font-semibold">Hoe werken ze samen?</legend>
        <div className="mt-1 space-y-1">
          {TIE_KINDS.map((k) => (
            <label
              key={k}
              className="flex items-start gap-3 rounded-xl border border-black/10 px-3 py-2.5 has-[:checked]:border-brand has-[:checked]:bg-brand-soft"
            >
              <input type="radio" name="tieKind" value={k} checked={kind === k} onChange={() => setKind(k)} className="mt-1 size-5" />
              <span>
                <span className="block font-medium">{TIE_KIND_DEFINITIONS[k].verb}</span>
                <span className="block text-sm text-muted">{TIE_KIND_DEFINITIONS[k].meaning}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="block">
        <span className="font-semibold">Andere organisatie</span>
        <select value={to} onChange={(e) => setTo(e.target.value)} className={select} name="tieTo">
          <option value="">Kies …</option>
          {actors
            .filter((a) => a.id !== from)
            .map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
        </select>
      </label>
      {from && to ? (
        <p className="rounded-lg bg-paper px-3 py-2" data-testid="tie-proposal-sentence">
          {tieSentence(kind, name(from), name(to))}
        </p>
      ) : null}
      <label className="block">
        <span className="font-semibold">Notitie (niet verplicht)</span>
        <textarea
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={300}
          rows={2}
          className="mt-1 w-full rounded-xl border border-black/20 px-3 py-2"
        />
      </label>
      {error ? (
        <p role="alert" className="rounded-lg bg-accent/10 px-3 py-2 text-accent" data-testid="proposal-error">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <button type="submit" disabled={busy} className="flex-1 rounded-xl bg-brand px-4 py-3.5 text-lg font-semibold text-white disabled:opacity-60">
          {busy ? 'Versturen …' : 'Voorstel versturen'}
        </button>
        <button type="button" onClick={onCancel} className="rounded-xl border border-black/20 px-4 py-3.5">
          Terug
        </button>
      </div>
    </form>
  );
}
