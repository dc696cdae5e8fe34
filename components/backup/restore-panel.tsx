'use client';

import { useState } from 'react';
import type { ImportProgress } from '@/lib/domain/import/progress';
import { readImportEvents } from '@/lib/edge/job-stream-client';
import { FilePicker } from '../import/file-picker';
import { ProgressBar } from '../import/progress-bar';

interface RestoreResult {
  nodes: number;
  relationships: number;
  keptUsers: number;
  restoredAdmins: string[];
  elapsedMs: number;
}

const button = 'rounded-lg bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand/90 disabled:opacity-60';

/** Upload a backup and restore it into this (empty) database, with progress; one transaction on the server. */
export function RestorePanel({ empty }: { empty: boolean }) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [result, setResult] = useState<RestoreResult | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function restore() {
    if (!file) return;
    setBusy(true);
    setMessage(null);
    setProgress({ phase: 'lezen', done: 0, total: 1 });
    const body = new FormData();
    body.append('bestand', file);
    try {
      const response = await fetch('/api/beheer/backup', { method: 'POST', body });
      await readImportEvents<RestoreResult>(response, (event) => {
        if (event.type === 'progress') setProgress(event.progress);
        else if (event.type === 'done') setResult(event.result);
        else setMessage(event.message);
      });
    } catch {
      setMessage('De verbinding werd onderbroken. Kijk na of de databank nog leeg is voor u opnieuw probeert.');
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  if (result) {
    return (
      <div role="status" className="rounded-xl border border-brand/30 bg-brand-soft p-4 text-brand" data-testid="restore-done">
        <p className="font-semibold">
          Back-up teruggezet: {result.nodes.toLocaleString('nl-BE')} gegevens en {result.relationships.toLocaleString('nl-BE')} verbanden (
          {(result.elapsedMs / 1000).toLocaleString('nl-BE', { maximumFractionDigits: 1 })} s).
        </p>
        <p className="mt-1 text-sm">
          Accounts staan er weer, met hun rol en huizen, maar zonder wachtwoord (dat zit nooit in een back-up)
          {result.keptUsers
            ? `; ${result.keptUsers} bestaand${result.keptUsers === 1 ? '' : 'e'} account${result.keptUsers === 1 ? '' : 's'} (zoals het uwe) bleef ongewijzigd`
            : ''}
          .
        </p>
        {result.restoredAdmins.length ? (
          <p className="mt-1 text-sm" data-testid="restored-admins">
            Beheerders uit de back-up: {result.restoredAdmins.join(', ')}. Maak alleen een wachtwoordlink voor wie u kent.
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <div className="space-y-3" data-testid="restore-panel">
      {!empty ? (
        <p className="rounded-lg bg-black/5 px-3 py-2 text-sm text-muted">
          Deze databank bevat al huizen of kaarten. Een back-up wordt alleen in een lege databank teruggezet (een nieuwe installatie), zodat er niets
          overschreven of vermengd wordt.
        </p>
      ) : null}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <FilePicker label="Back-upbestand (.json)" accept=".json,application/json" file={file} disabled={busy} onChange={setFile} />
        <button type="button" className={button} disabled={!file || busy || !empty} onClick={restore}>
          {busy ? 'Terugzetten…' : 'Terugzetten'}
        </button>
      </div>
      {progress ? <ProgressBar progress={progress} /> : null}
      {message ? (
        <p role="alert" className="rounded-lg border border-accent/40 bg-accent/10 px-3 py-2 text-sm text-accent">
          {message}
        </p>
      ) : null}
    </div>
  );
}
