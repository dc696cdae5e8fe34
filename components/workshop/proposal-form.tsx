'use client';

import { useState } from 'react';
import { levelLabel, type LevelCode } from '@/lib/domain/levels';
import type { ActorChoice } from '@/lib/domain/workshop/choices';
import { LevelPicker } from './level-picker';
import { postJson } from './post-json';

interface TypeOption {
  code: string;
  name: string;
  clusterName: string;
}

/**
 * One proposal from a phone: for a chosen actor ("nu", "gewenst", a note), or for an actor that
 * is missing (its name, optionally its kind). The version the participant saw goes along, so a
 * change by someone else in the meantime is caught as a conflict.
 */
export function ProposalForm({
  code,
  choice,
  types,
  onDone,
  onCancel,
}: {
  code: string;
  choice: ActorChoice | null;
  types: TypeOption[];
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const [now, setNow] = useState<LevelCode | null>(choice?.level ?? null);
  const [desired, setDesired] = useState<LevelCode | null>(null);
  const [note, setNote] = useState('');
  const [name, setName] = useState('');
  const [type, setType] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const body = choice
      ? { actorKey: choice.key, version: choice.version, now: now === choice.level ? null : now, desired, note }
      : { newActorName: name, newActorType: type, now, desired, note };
    // "nu" unchanged is no change: only "gewenst" or the note then count.
    if (choice && body.now === null && !desired && !note.trim()) {
      setBusy(false);
      setError('Kies een andere ‘nu’, een ‘gewenst’ of schrijf een notitie.');
      return;
    }
    const result = await postJson(`/workshop/${code}/voorstellen`, body);
    setBusy(false);
    if (result.ok) onDone(choice ? `Uw voorstel over ${choice.name} staat op het scherm.` : `Uw voorstel om ${name} toe te voegen staat op het scherm.`);
    else setError(result.fieldErrors ? (Object.values(result.fieldErrors).flat()[0] ?? result.message) : result.message);
  }

  return (
    <form
      onSubmit={submit}
      className="space-y-4 rounded-2xl border border-brand/30 bg-white p-4 shadow-sm"
      data-testid="proposal-form"
      aria-labelledby="voorstel-titel"
    >
      <div>
        <h2 id="voorstel-titel" className="text-xl font-semibold">
          {choice ? choice.name : 'Actor die ontbreekt'}
        </h2>
        {choice ? (
          <p className="text-muted">
            {choice.typeName !== choice.name ? `${choice.typeName} · ` : ''}nu op de kaart: {levelLabel(choice.level).toLowerCase()}
          </p>
        ) : null}
      </div>
      {!choice ? (
        <>
          <label className="block">
            <span className="font-semibold">Naam van de actor</span>
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              maxLength={120}
              className="mt-1 w-full rounded-xl border border-black/20 px-3 py-3 text-lg"
            />
          </label>
          <label className="block">
            <span className="font-semibold">Soort actor</span>
            <select value={type} onChange={(e) => setType(e.target.value)} className="mt-1 w-full rounded-xl border border-black/20 bg-white px-3 py-3">
              <option value="">Weet ik niet / andere</option>
              {types.map((t) => (
                <option key={t.code} value={t.code}>
                  {t.name} ({t.clusterName})
                </option>
              ))}
            </select>
          </label>
        </>
      ) : null}
      <LevelPicker name="now" legend="Hoe betrokken is deze actor nu?" value={now} onChange={setNow} />
      <LevelPicker name="desired" legend="Hoe betrokken zou hij moeten zijn? (gewenst)" value={desired} onChange={setDesired} optional />
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
