import { LEVELS, type LevelCode } from '@/lib/domain/levels';
import type { AnswerChange, AnswerCounts, AnswerTable } from '@/lib/domain/survey/answer-table';
import { DownloadLinks } from './download-links';
import { formatNumber, formatPoints } from './format';
import { DEFAULT_TABLE_SOURCES, type TableSources } from './table-sources';
import { scrollable } from '@/components/scrollable';
import { DRAWN_LATER } from '@/components/drawn-later';

const SHORT_LABELS: Record<LevelCode, string> = {
  minimaal: 'Min.',
  gemiddeld: 'Gem.',
  kernpartner: 'Kern',
  indirect: 'Indirect',
  nog_niet: 'Nog niet',
  niet: 'Niet',
  niet_aanwezig: 'Niet aanw.',
};
// The report's column order (Tabel 14-25): betrokken min/gem/kern, then indirect, nog niet, niet, niet aanw.
const COLUMN_ORDER: LevelCode[] = ['minimaal', 'gemiddeld', 'kernpartner', 'indirect', 'nog_niet', 'niet', 'niet_aanwezig'];

/**
 * One of Tabel 14-25: per actor, the shown source's answers (top line) above the compared
 * source's row (by default the selected houses now above 2016), and for any other comparison a
 * third line with the change in percentage points.
 */
export function AnswerTableView({ table, query, sources = DEFAULT_TABLE_SOURCES }: { table: AnswerTable; query: string; sources?: TableSources }) {
  const lines = sources.showChange ? 3 : 2;
  return (
    <section id={table.id} aria-labelledby={`${table.id}-title`} className={`${DRAWN_LATER} scroll-mt-16 rounded-xl border border-black/10 bg-white`}>
      <header className="flex flex-col gap-1 border-b border-black/10 px-4 py-3 sm:flex-row sm:items-baseline sm:justify-between sm:px-5">
        <h3 id={`${table.id}-title`} className="font-semibold">
          {table.table}: {table.title}
        </h3>
        <span className="text-xs text-muted">rapport r. {table.line}</span>
      </header>
      <div className="relative overflow-x-auto" {...scrollable(table.table)}>
        <table className="w-full min-w-[760px] table-fixed text-sm">
          <colgroup>
            <col className="w-[26%]" />
            <col className={sources.showChange ? 'w-[9%]' : 'w-[5%]'} />
          </colgroup>
          <caption className="sr-only">
            {sources.showChange
              ? `${table.table}, per actor het aantal huizen per antwoord in ${sources.shown.label} en in ${sources.compared.label}, en het verschil in procentpunten`
              : `${table.table}, per actor het aantal huizen per antwoord, nu en in 2016`}
          </caption>
          <thead>
            <tr className="border-b border-black/10 text-right text-xs text-muted">
              <th scope="col" className="px-3 py-2 text-left font-medium">
                Actor
              </th>
              <th scope="col" className="px-1 py-2 text-left font-medium">
                <span className="sr-only">Bron</span>
              </th>
              {COLUMN_ORDER.map((code) => (
                <th key={code} scope="col" className="px-2 py-2 font-medium" title={LEVELS[code].label}>
                  {SHORT_LABELS[code]}
                </th>
              ))}
              <th scope="col" className="px-2 py-2 font-medium">
                Direct
              </th>
              <th scope="col" className="px-2 py-2 font-medium">
                Totaal
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Geen antw.
              </th>
            </tr>
          </thead>
          {table.rows.map((row) => (
            <tbody key={row.typeCode} className="border-b border-black/5" data-survey-row={row.typeCode}>
              <tr>
                <th scope="rowgroup" rowSpan={lines} className="px-3 py-1.5 text-left align-top font-medium">
                  {row.name}
                  {row.mandatory ? (
                    <span className="ml-1 text-xs font-semibold text-accent" title="verplicht aan te sluiten">
                      ●
                    </span>
                  ) : null}
                </th>
                <td className="px-1 py-1.5 text-xs text-muted">{sources.shown.short}</td>
                <CountCells counts={row.now} />
              </tr>
              <tr className="text-muted">
                <td className="px-1 pb-1.5 text-xs">{sources.compared.short}</td>
                {row.report ? (
                  <CountCells counts={row.report} muted withPercent={sources.showChange} />
                ) : (
                  <td colSpan={10} className="px-2 text-xs">
                    geen cijfers
                  </td>
                )}
              </tr>
              {sources.showChange ? (
                <tr className="text-xs" data-change-row>
                  <td className="px-1 pb-1.5 text-xs text-muted">
                    verschil<span className="sr-only"> in procentpunten</span>
                  </td>
                  <ChangeCells change={row.change} />
                </tr>
              ) : null}
            </tbody>
          ))}
        </table>
      </div>
      <div className="px-4 pb-3 sm:px-5">
        <DownloadLinks tableId={table.id} query={query} />
      </div>
    </section>
  );
}

/** The change per answer in percentage points; the two count columns stay empty. */
function ChangeCells({ change }: { change: AnswerChange | null }) {
  // No colour for up or down: more "nog niet" is not better or worse in itself.
  const tone = (value: number | null) => (value === null || value === 0 ? 'text-muted' : 'font-semibold text-ink');
  if (!change)
    return (
      <td colSpan={10} className="px-2 pb-1.5 text-muted">
        geen vergelijking: een van beide bronnen heeft geen antwoord
      </td>
    );
  return (
    <>
      {COLUMN_ORDER.map((code) => (
        <td
          key={code}
          className={`px-2 pb-1.5 text-right tabular-nums ${tone(change.byLevel[code])}`}
          title={`${LEVELS[code].label}: ${formatPoints(change.byLevel[code])} procentpunten`}
        >
          {formatPoints(change.byLevel[code])}
        </td>
      ))}
      <td className={`px-2 pb-1.5 text-right tabular-nums ${tone(change.direct)}`} title={`Direct betrokken: ${formatPoints(change.direct)} procentpunten`}>
        {formatPoints(change.direct)}
      </td>
      <td />
      <td />
    </>
  );
}

function CountCells({ counts, muted = false, withPercent = !muted }: { counts: AnswerCounts; muted?: boolean; withPercent?: boolean }) {
  const pct = (n: number) => (counts.answered ? formatNumber((100 * n) / counts.answered, 0) + '%' : '–');
  return (
    <>
      {COLUMN_ORDER.map((code) => (
        <td key={code} className={`px-2 py-1 text-right tabular-nums ${muted ? 'text-xs' : ''}`} title={`${LEVELS[code].label}: ${pct(counts.byLevel[code])}`}>
          {counts.byLevel[code] || (muted ? '-' : '0')}
          {withPercent ? <span className="block text-[10px] leading-tight text-muted">{pct(counts.byLevel[code])}</span> : null}
        </td>
      ))}
      <td className={`px-2 py-1 text-right font-semibold tabular-nums ${muted ? 'text-xs font-normal' : ''}`}>
        {counts.direct}
        <span className="block text-[10px] font-normal leading-tight text-muted">{formatNumber(counts.directPercent)}%</span>
      </td>
      <td className={`px-2 py-1 text-right tabular-nums ${muted ? 'text-xs' : ''}`}>{counts.answered}</td>
      <td className={`px-3 py-1 text-right tabular-nums ${muted ? 'text-xs' : ''}`}>{counts.noAnswer}</td>
    </>
  );
}
