import Link from 'next/link';
import type { MandatoryMatrix } from '@/lib/domain/overview/mandatory-matrix';
import { shortHouseName } from '@/lib/domain/overview/short-house-name';
import { URBANISATION_LABELS } from '@/lib/domain/regions';
import { MatrixCellView } from './matrix-cell';

const TOTAL_ROWS = [
  { key: 'gaps', label: 'Hiaten', strong: true },
  { key: 'direct', label: 'Direct betrokken' },
  { key: 'indirect', label: 'Indirect' },
  { key: 'notInArea', label: 'Niet aanwezig in werkgebied' },
  { key: 'unasked', label: 'Geen antwoord, niet bevraagd in 2016' },
] as const;

/**
 * Houses by the mandatory types. Scrolls both ways inside its frame: the header row and the
 * house names stay in view (sticky), so a wide matrix on a phone stays readable.
 */
export function MandatoryMatrixView({ matrix }: { matrix: MandatoryMatrix }) {
  const stickyCol = 'sticky left-0 bg-white';
  return (
    <div
      className="max-h-[78vh] relative overflow-auto rounded-xl border border-black/10 bg-white print:max-h-none print:overflow-visible"
      tabIndex={0}
      aria-label="Matrix van de verplichte partners, scrollbaar"
    >
      <table className="w-full min-w-[900px] border-separate border-spacing-0 text-sm" data-testid="mandatory-matrix">
        <caption className="sr-only">
          Per huis het antwoord voor elke partner die verplicht moet aansluiten, met het aantal hiaten per huis en per partner
        </caption>
        <thead className="text-xs text-muted">
          <tr>
            <th scope="col" className={`${stickyCol} top-0 z-30 border-b border-black/10 px-3 py-2 text-left align-bottom font-medium`}>
              Huis
            </th>
            {matrix.columns.map((c) => (
              <th
                key={c.code}
                scope="col"
                className="sticky top-0 z-20 border-b border-black/10 bg-white px-1 py-2 text-center align-bottom font-medium"
                title={[c.name, c.note, c.line ? `rapport r. ${c.line}` : null].filter(Boolean).join(' · ')}
              >
                <span className="block text-ink">{c.short}</span>
                {c.basis === 'decree-art-7' ? <span className="mt-0.5 block text-[10px] font-normal">decreet Art. 7</span> : null}
                {!c.fromQuestionnaire ? <span className="mt-0.5 block text-[10px] font-normal">niet in vragenlijst 2016</span> : null}
              </th>
            ))}
            <th scope="col" className="sticky top-0 z-20 border-b border-black/10 bg-white px-3 py-2 text-right align-bottom font-medium">
              Hiaten
            </th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.house.id} data-house={row.house.id} className="group">
              <th scope="row" className={`${stickyCol} z-10 border-b border-black/5 px-2 py-1 text-left font-medium group-hover:bg-[#f2f8f8]`}>
                <Link
                  href={`/huizen/${row.house.id}`}
                  className="block max-w-[8.5rem] truncate text-brand underline-offset-2 hover:underline sm:max-w-[12rem]"
                  title={row.house.name}
                >
                  {shortHouseName(row.house.name)}
                </Link>
                <span className="block max-w-[8.5rem] truncate text-[11px] font-normal text-muted sm:max-w-[12rem]">
                  {row.house.province} · {URBANISATION_LABELS[row.house.urbanisation]}
                </span>
              </th>
              {row.cells.map((cell) => (
                <td key={cell.code} data-type={cell.code} className="border-b border-black/5 px-1 py-1 text-center group-hover:bg-[#f2f8f8]">
                  <MatrixCellView cell={cell} />
                </td>
              ))}
              <td
                className={`border-b border-black/5 px-3 py-1 text-right tabular-nums group-hover:bg-[#f2f8f8] ${row.gaps ? 'font-semibold text-[#b42318]' : 'text-muted'}`}
              >
                {row.gaps}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot className="text-xs">
          {TOTAL_ROWS.map((t, i) => (
            <tr key={t.key} data-total={t.key} className={i === 0 ? 'font-semibold' : 'text-muted'}>
              <th scope="row" className={`${stickyCol} z-10 px-3 py-1 text-left font-medium ${i === 0 ? 'border-t-2 border-black/20 text-[#b42318]' : ''}`}>
                {t.label}
              </th>
              {matrix.totals.map((total) => (
                <td
                  key={total.code}
                  data-type={total.code}
                  className={`px-1 py-1 text-center tabular-nums ${i === 0 ? 'border-t-2 border-black/20 text-[#b42318]' : ''}`}
                >
                  {total[t.key]}
                </td>
              ))}
              <td className={`px-3 py-1 text-right tabular-nums ${i === 0 ? 'border-t-2 border-black/20 text-[#b42318]' : ''}`}>
                {i === 0 ? matrix.gaps : ''}
              </td>
            </tr>
          ))}
        </tfoot>
      </table>
    </div>
  );
}
