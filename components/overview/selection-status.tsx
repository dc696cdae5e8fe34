import type { OverviewFilter } from '@/lib/domain/overview/overview-filter';
import type { OverviewRow } from '@/lib/domain/overview/overview-table';
import { selectionSummary } from '@/lib/domain/overview/selection-summary';

/**
 * "78 van 116 huizen in deze selectie · 78 met een hiaat", read out when the selection changes.
 * Every number is counted from the rows the table below shows (lib/domain/overview/selection-summary.ts).
 */
export function SelectionStatus({ rows, total, filter }: { rows: OverviewRow[]; total: number; filter: OverviewFilter }) {
  if (total === 0) {
    return (
      <p role="status" className="rounded-xl border border-black/10 bg-white p-4">
        Nog geen huizen in de databank: laad de demogegevens met <code>npm run seed:demo</code>.
      </p>
    );
  }
  const s = selectionSummary(rows, total, filter);
  return (
    <p role="status" className="text-sm text-muted" data-testid="selection-status">
      {s.shown === 0 ? (
        <>
          Geen van de <strong className="text-ink">{s.total} huizen</strong> valt in deze selectie.
        </>
      ) : (
        <>
          <strong className="text-ink">{s.shown === s.total ? `${s.total} huizen` : `${s.shown} van ${s.total} huizen`}</strong>
          {s.narrowed ? ' in deze selectie' : ''}
          {' · '}
          <strong className="text-[#b42318]">{s.withGap}</strong> met een hiaat bij de verplichte partners
          {s.mode === 'hiaat' && s.withAskedGap !== s.withGap ? (
            <>
              , waarvan <strong className="text-[#b42318]">{s.withAskedGap}</strong> bij een type uit de vragenlijst van 2016
            </>
          ) : null}
          .
        </>
      )}{' '}
      {s.mode === 'apart'
        ? 'Geen antwoord op prenatale steunpunten of aanbod onderwijskansen (niet bevraagd in 2016) telt niet als hiaat.'
        : 'Geen antwoord op prenatale steunpunten of aanbod onderwijskansen (niet bevraagd in 2016) telt als hiaat.'}
    </p>
  );
}
