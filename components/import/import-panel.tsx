'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import type { ImportOutcome } from '@/lib/domain/import/import-result';
import type { ImportPreview } from '@/lib/domain/import/preview';
import type { ImportProgress } from '@/lib/domain/import/progress';
import { readImportEvents } from '@/lib/edge/job-stream-client';
import { derivedChangeText, lowersAnswer } from '@/lib/domain/derived-answer';
import { DerivedAnswers } from './derived-answers';
import { FilePicker } from './file-picker';
import { ImportSummary } from './import-summary';
import { PreviewTable } from './preview-table';
import { ProgressBar } from './progress-bar';

type Step = 'choose' | 'checking' | 'checked' | 'importing' | 'done';

interface Props {
  /** The route handler: POST ?stap=voorbeeld for the preview, ?stap=importeren to write. */
  endpoint: string;
  doneHref: string;
  doneLabel: string;
}

const button = 'rounded-lg bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand/90 disabled:opacity-60';
const secondary = 'rounded-lg border border-black/20 bg-white px-4 py-2 text-sm font-medium hover:bg-brand-soft disabled:opacity-60';

/**
 * Choose a file, see the preview with every problem per row, then import: the same file is sent
 * again and written in one transaction on the server. Progress shows while the server works.
 */
export function ImportPanel({ endpoint, doneHref, doneLabel }: Props) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>('choose');
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  /** Types whose lowering the user ticked in the preview. */
  const [lowerChosen, setLowerChosen] = useState<string[]>([]);

  async function send(apply: boolean) {
    if (!file) return;
    setStep(apply ? 'importing' : 'checking');
    setMessage(null);
    setProgress({ phase: 'lezen', done: 0, total: 1 });
    const body = new FormData();
    body.append('bestand', file);
    let settled = false;
    try {
      const query = new URLSearchParams({ stap: apply ? 'importeren' : 'voorbeeld' });
      if (apply) for (const code of lowerChosen) query.append('verlagen', code);
      const response = await fetch(`${endpoint}?${query}`, { method: 'POST', body });
      await readImportEvents<ImportOutcome>(response, (event) => {
        if (event.type === 'progress') setProgress(event.progress);
        else if (event.type === 'done') {
          settled = true;
          setPreview(event.result.preview);
          if (!apply) setLowerChosen([]);
          if (apply) {
            setOutcome(event.result);
            setStep('done');
            // What the page shows around the panel (the number of houses, the footer) is read again.
            router.refresh();
          } else setStep('checked');
        } else {
          settled = true;
          setMessage(event.message);
          if (event.preview) setPreview(event.preview);
          setStep(event.preview ? 'checked' : 'choose');
        }
      });
      if (!settled) throw new Error('stream ended');
    } catch {
      setMessage('De verbinding werd onderbroken. Controleer op de kaart of de import doorging voor u opnieuw probeert.');
      setStep(apply ? 'checked' : 'choose');
    } finally {
      setProgress(null);
    }
  }

  function reset() {
    setFile(null);
    setPreview(null);
    setOutcome(null);
    setMessage(null);
    setLowerChosen([]);
    setStep('choose');
    if (input.current) input.current.value = '';
  }

  const busy = step === 'checking' || step === 'importing';
  const changes = preview ? preview.counts.create + preview.counts.update : 0;
  const derived = preview?.derivedAnswers ?? [];
  const unchosen = derived.filter((c) => lowersAnswer(c) && !lowerChosen.includes(c.typeCode)).length;
  return (
    <div className="space-y-5" data-testid="import-panel" data-step={step}>
      {step !== 'done' ? (
        <div className="flex flex-col gap-3 rounded-xl border border-black/10 bg-white p-4 sm:flex-row sm:items-end">
          <FilePicker
            label="Bestand (CSV of Excel, max. 5 MB)"
            accept=".csv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            file={file}
            disabled={busy}
            inputRef={input}
            onChange={(chosen) => {
              setFile(chosen);
              setPreview(null);
              setMessage(null);
              setStep('choose');
            }}
          />
          <button type="button" className={button} disabled={!file || busy} onClick={() => send(false)}>
            {step === 'checking' ? 'Controleren…' : 'Controleren'}
          </button>
        </div>
      ) : null}

      {progress ? <ProgressBar progress={progress} /> : null}
      {message ? (
        <p role="alert" className="rounded-lg border border-accent/40 bg-accent/10 px-3 py-2 text-sm text-accent">
          {message}
        </p>
      ) : null}

      {step === 'done' && outcome ? (
        <div role="status" className="space-y-3 rounded-xl border border-brand/30 bg-brand-soft p-4 text-brand">
          <p className="font-semibold">
            Geïmporteerd: {outcome.counts.create.toLocaleString('nl-BE')} nieuw, {outcome.counts.update.toLocaleString('nl-BE')} gewijzigd,{' '}
            {outcome.counts.unchanged.toLocaleString('nl-BE')} ongewijzigd ({(outcome.elapsedMs / 1000).toLocaleString('nl-BE', { maximumFractionDigits: 1 })}{' '}
            s).
          </p>
          {outcome.preview.derivedAnswers.length ? (
            <p className="text-sm" data-testid="derived-done">
              Mee gewijzigd op vraag 4: {outcome.preview.derivedAnswers.map(derivedChangeText).join('; ')}.
            </p>
          ) : null}
          <p className="text-sm">Elke wijziging staat in de geschiedenis, met uw naam en de naam van het bestand.</p>
          <div className="flex flex-wrap gap-2">
            <Link href={doneHref} className={button}>
              {doneLabel}
            </Link>
            <button type="button" className={secondary} onClick={reset}>
              Nog een bestand inlezen
            </button>
          </div>
        </div>
      ) : null}

      {preview && step !== 'done' ? (
        <section aria-labelledby="voorbeeld-titel" className="space-y-4">
          <h2 id="voorbeeld-titel" className="text-lg font-semibold">
            Voorbeeld: dit zou er gebeuren
          </h2>
          <ImportSummary preview={preview} />
          <DerivedAnswers
            changes={derived}
            confirmed={lowerChosen}
            disabled={busy}
            onToggle={(code, chosen) => setLowerChosen((now) => (chosen ? [...now, code] : now.filter((c) => c !== code)))}
          />
          <div className="flex flex-wrap items-center gap-3">
            {preview.errorCount === 0 && changes > 0 ? (
              <button type="button" className={button} disabled={busy || unchosen > 0} onClick={() => send(true)}>
                {step === 'importing' ? 'Importeren…' : `Importeren (${changes.toLocaleString('nl-BE')} ${changes === 1 ? 'wijziging' : 'wijzigingen'})`}
              </button>
            ) : null}
            <p className="text-sm text-muted">
              {preview.errorCount > 0
                ? 'Verbeter de fouten in het bestand en kies het opnieuw: er wordt pas iets opgeslagen als het hele bestand in orde is.'
                : unchosen > 0
                  ? `Vink hierboven aan dat ${unchosen === 1 ? 'dit antwoord' : 'deze antwoorden'} mag dalen, of pas het bestand aan.`
                  : changes === 0
                    ? 'Alles uit dit bestand staat er al in; er valt niets te importeren.'
                    : 'Alle rijen worden samen opgeslagen, of geen enkele. Er wordt niets verwijderd.'}
            </p>
          </div>
          <PreviewTable preview={preview} />
        </section>
      ) : null}
    </div>
  );
}
