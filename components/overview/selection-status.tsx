import { narrowsHouses, type OverviewFilter } from '@/lib/overview/overview-filter';
import type { OverviewRow } from '@/lib/overview/overview-table';

/**
 * "12 van 116 huizen · 5 met een hiaat", read out when the selection changes. It also says how
 * many of those gaps lie in types the 2016 questionnaire asked about, so the two unasked types
 * cannot hide the gaps that matter.
 */
export function SelectionStatus({ rows, total, filter }: { rows: OverviewRow[]; total: number; filter: OverviewFilter }) {
  if (total === 0) {
    return (
      <p role="status" className="rounded-xl border border-black/10 bg-white p-4">
        Nog geen huizen in de databank: laad de demogegevens met <code>npm run seed:demo</code>.
      </p>
    );
  }
  const withGap = rows.filter((r) => r.gaps.length > 0).length;
  const withAskedGap = rows.filter((r) => r.gaps.some((c) => c.fromQuestionnaire || r.levels[c.code] !== null)).length;
  return (
    <p role="status" className="text-sm text-muted">
      <strong className="text-ink">{rows.length === total ? `${total} huizen` : `${rows.length} van ${total} huizen`}</strong>
      {narrowsHouses(filter) ? ' in deze selectie' : ''}
      {rows.length === 0 ? '. Geen huizen in deze selectie.' : (
        <>
          {' · '}<strong className="text-[#b42318]">{withGap}</strong> met een hiaat bij de verplichte partners
          {withAskedGap !== withGap ? <>, waarvan <strong className="text-[#b42318]">{withAskedGap}</strong> bij een type uit de vragenlijst van 2016</> : null}
          {filter.nietbevraagd === 'apart' ? ' (geen antwoord op types buiten de vragenlijst van 2016 telt niet mee)' : ''}.
        </>
      )}
    </p>
  );
}
