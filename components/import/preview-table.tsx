'use client';

import { useState } from 'react';
import type { ImportPreview, PreviewRow, Problem, RowAction } from '@/lib/domain/import/preview';

const ACTION_LABELS: Record<RowAction, string> = {
  create: 'Nieuw',
  update: 'Gewijzigd',
  unchanged: 'Ongewijzigd',
  skip: 'Overgeslagen',
  error: 'Fout',
};

const ACTION_STYLE: Record<RowAction, string> = {
  create: 'bg-[#e7f6ec] text-[#1d6b37]',
  update: 'bg-[#fff4e0] text-[#8a4b00]',
  unchanged: 'bg-black/5 text-muted',
  skip: 'bg-black/5 text-muted',
  error: 'bg-accent/15 text-accent',
};

function ActionBadge({ action }: { action: RowAction }) {
  return <span className={`whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ${ACTION_STYLE[action]}`}>{ACTION_LABELS[action]}</span>;
}

function Problems({ row }: { row: PreviewRow }) {
  if (!row.problems.length) return <span className="text-muted">—</span>;
  return (
    <ul className="space-y-0.5">
      {row.problems.map((p, i) => (
        <ProblemLine key={i} problem={p} />
      ))}
    </ul>
  );
}

function ProblemLine({ problem }: { problem: Problem }) {
  const error = problem.severity === 'error';
  return (
    <li className={`flex gap-1.5 ${error ? 'text-accent' : 'text-[#7a5a00]'}`}>
      <span aria-hidden="true" className="font-bold">
        {error ? '✕' : '!'}
      </span>
      <span>
        <span className="sr-only">{error ? 'Fout: ' : 'Opmerking: '}</span>
        {problem.message}
      </span>
    </li>
  );
}

/** The preview's rows: what each would do and every problem in it, problems first to the eye. */
export function PreviewTable({ preview }: { preview: ImportPreview }) {
  const [onlyProblems, setOnlyProblems] = useState(preview.errorCount + preview.warningCount > 0);
  const rows: PreviewRow[] = onlyProblems ? preview.rows.filter((r) => r.problems.length) : preview.rows;
  return (
    <div className="space-y-3">
      {preview.fileProblems.length ? (
        <ul className="space-y-1 rounded-lg border border-black/10 bg-white p-3 text-sm" aria-label="Opmerkingen bij het bestand">
          {preview.fileProblems.map((p, i) => (
            <ProblemLine key={i} problem={p} />
          ))}
        </ul>
      ) : null}
      {preview.rows.length ? (
        <>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} className="h-4 w-4 accent-[var(--color-brand)]" />
            Alleen rijen met een fout of opmerking
          </label>
          <ol className="space-y-2 md:hidden" aria-label="Voorbeeld van de import, per rij">
            {rows.map((row) => (
              <li key={row.line} className={`rounded-lg border border-black/10 p-3 text-sm ${row.action === 'error' ? 'bg-accent/5' : 'bg-white'}`}>
                <div className="mb-1 flex items-start justify-between gap-2">
                  <span>
                    <span className="text-muted">Rij {row.line}</span> · {row.label}
                  </span>
                  <ActionBadge action={row.action} />
                </div>
                {row.detail ? <p className="mb-1 text-xs text-muted">{row.detail}</p> : null}
                {row.problems.length ? <Problems row={row} /> : null}
              </li>
            ))}
          </ol>
          <div className="hidden relative overflow-x-auto rounded-lg border border-black/10 bg-white md:block">
            <table className="w-full text-left text-sm" data-testid="import-preview-table">
              <caption className="sr-only">Voorbeeld van de import, per rij</caption>
              <thead className="bg-paper text-xs uppercase tracking-wide text-muted">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Rij
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Inhoud
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Gevolg
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Fouten en opmerkingen
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-black/5">
                {rows.map((row) => (
                  <tr key={row.line} className={row.action === 'error' ? 'bg-accent/5' : undefined}>
                    <td className="px-3 py-2 align-top tabular-nums text-muted">{row.line}</td>
                    <td className="px-3 py-2 align-top">
                      {row.label}
                      {row.detail ? <span className="block text-xs text-muted">{row.detail}</span> : null}
                    </td>
                    <td className="px-3 py-2 align-top">
                      <ActionBadge action={row.action} />
                    </td>
                    <td className="px-3 py-2 align-top">
                      <Problems row={row} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rows.length === 0 ? <p className="text-sm text-muted">Geen rijen met een fout of opmerking.</p> : null}
          {preview.omittedRows ? (
            <p className="text-sm text-muted">{preview.omittedRows.toLocaleString('nl-BE')} rijen zonder opmerkingen worden hier niet getoond.</p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
