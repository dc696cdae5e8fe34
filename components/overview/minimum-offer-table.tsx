import Link from 'next/link';
import { MAP_COLOURS } from '@/lib/domain/level-style';
import type { OfferTable } from '@/lib/domain/overview/minimum-offer-rows';
import { shortHouseName } from '@/lib/domain/overview/short-house-name';
import { URBANISATION_LABELS } from '@/lib/domain/regions';

/**
 * Per house whether each Art. 8 function is covered by at least one directly involved actor type,
 * and by which. An uncovered function stands out in red with the word "niet gedekt".
 */
export function MinimumOfferTable({ table }: { table: OfferTable }) {
  const typeNames = new Map(table.functions.flatMap((fn) => fn.types.map((t) => [t.code, t.name] as const)));
  return (
    <div
      className="max-h-[75vh] relative overflow-auto rounded-xl border border-black/10 bg-white print:max-h-none print:overflow-visible"
      tabIndex={0}
      aria-label="Minimumaanbod per huis, scrollbaar"
    >
      <table className="w-full min-w-[820px] border-separate border-spacing-0 text-sm" data-testid="minimum-offer-table">
        <caption className="sr-only">
          Per huis of elke functie van het minimumaanbod (decreet Art. 8) gedekt is door minstens één direct betrokken actor
        </caption>
        <thead className="text-xs text-muted">
          <tr>
            <th scope="col" className="sticky left-0 top-0 z-30 border-b border-black/10 bg-white px-3 py-2 text-left font-medium">
              Huis
            </th>
            {table.functions.map((fn) => (
              <th
                key={fn.code}
                scope="col"
                className="sticky top-0 z-20 border-b border-black/10 bg-white px-2 py-2 text-left font-medium text-ink"
                title={`${fn.name} (rapport ${fn.section}, r. ${fn.line})`}
              >
                {fn.short}
              </th>
            ))}
            <th scope="col" className="sticky top-0 z-20 border-b border-black/10 bg-white px-3 py-2 text-left font-medium">
              Alle drie
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.house.id} data-house={row.house.id} className="align-top">
              <th scope="row" className="sticky left-0 z-10 border-b border-black/5 bg-white px-3 py-1.5 text-left font-medium">
                <Link
                  href={`/huizen/${row.house.id}`}
                  className="block max-w-[10rem] truncate text-brand underline-offset-2 hover:underline sm:max-w-[14rem]"
                  title={row.house.name}
                >
                  {shortHouseName(row.house.name)}
                </Link>
                <span className="block text-[11px] font-normal text-muted">
                  {row.house.province} · {URBANISATION_LABELS[row.house.urbanisation]}
                </span>
              </th>
              {row.coverage.map((c) => (
                <td key={c.code} data-function={c.code} data-covered={c.covered} className="border-b border-black/5 px-2 py-1.5">
                  {c.covered ? (
                    <span className="block">
                      <span className="font-medium text-brand">✓ gedekt</span>
                      <span className="block text-[11px] leading-snug text-muted" title={c.by.map((code) => typeNames.get(code)).join(', ')}>
                        door{' '}
                        {c.by
                          .slice(0, 2)
                          .map((code) => typeNames.get(code))
                          .join(', ')}
                        {c.by.length > 2 ? ` en ${c.by.length - 2} andere` : ''}
                      </span>
                    </span>
                  ) : (
                    <span
                      className="inline-block rounded border px-1.5 py-0.5 text-xs font-semibold"
                      style={{ background: MAP_COLOURS.warningFill, borderColor: MAP_COLOURS.warning, color: MAP_COLOURS.warning }}
                    >
                      ⚠ niet gedekt
                    </span>
                  )}
                </td>
              ))}
              <td className="border-b border-black/5 px-3 py-1.5">
                {row.complete ? <span className="text-brand">✓ ja</span> : <span className="font-semibold text-[#b42318]">nee</span>}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot className="text-xs font-semibold">
          <tr>
            <th scope="row" className="sticky left-0 z-10 border-t-2 border-black/20 bg-white px-3 py-1.5 text-left">
              Gedekt (van {table.rows.length})
            </th>
            {table.functions.map((fn) => (
              <td key={fn.code} data-function={fn.code} className="border-t-2 border-black/20 px-2 py-1.5 tabular-nums">
                {table.covered[fn.code]}
              </td>
            ))}
            <td className="border-t-2 border-black/20 px-3 py-1.5 tabular-nums">{table.complete}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
