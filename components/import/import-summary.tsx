import { TEXT_ENCODINGS } from '@/lib/domain/import/text-encodings';
import type { ImportPreview } from '@/lib/domain/import/preview';

/** Counts of the preview as four tiles, and the number of errors and warnings. */
export function ImportSummary({ preview }: { preview: ImportPreview }) {
  const tiles = [
    { label: 'Nieuw', value: preview.counts.create },
    { label: 'Gewijzigd', value: preview.counts.update },
    { label: 'Ongewijzigd', value: preview.counts.unchanged },
    { label: 'Overgeslagen', value: preview.counts.skip },
  ];
  return (
    <div className="space-y-2" data-testid="import-summary">
      <p className="text-sm text-muted">
        {preview.fileName} · {preview.format.toUpperCase()}
        {preview.encoding ? <span data-testid="import-encoding">, gelezen als {TEXT_ENCODINGS[preview.encoding]}</span> : null} ·{' '}
        {preview.rowCount.toLocaleString('nl-BE')} {preview.rowCount === 1 ? 'rij' : 'rijen'}
        {preview.kind === 'houses' ? ' (een rij per huis)' : ''}
      </p>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {tiles.map((t) => (
          <div key={t.label} className="rounded-lg border border-black/10 bg-white px-3 py-2">
            <dt className="text-xs uppercase tracking-wide text-muted">{t.label}</dt>
            <dd className="text-xl font-semibold tabular-nums">{t.value.toLocaleString('nl-BE')}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm">
        <span className={preview.errorCount ? 'font-semibold text-accent' : 'text-muted'}>
          {preview.errorCount} {preview.errorCount === 1 ? 'fout' : 'fouten'}
        </span>
        {' · '}
        <span className={preview.warningCount ? 'font-medium text-[#7a5a00]' : 'text-muted'}>
          {preview.warningCount} {preview.warningCount === 1 ? 'opmerking' : 'opmerkingen'}
        </span>
      </p>
    </div>
  );
}
