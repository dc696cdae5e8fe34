import Link from 'next/link';
import type { OverviewFilter } from '@/lib/domain/overview/overview-filter';
import type { OverviewRow } from '@/lib/domain/overview/overview-table';
import { shortHouseName } from '@/lib/domain/overview/short-house-name';
import { URBANISATION_LABELS } from '@/lib/domain/regions';
import { GapChips } from './gap-chips';
import { SortHeader } from './sort-header';

/**
 * All houses of the selection, one row each, linking to the house's map. The header stays in
 * view while the table scrolls, and the house names while it scrolls sideways on a phone.
 */
export function HouseTable({ rows, filter, path = '/overzicht' }: { rows: OverviewRow[]; filter: OverviewFilter; path?: string }) {
  const num = 'px-2 py-1.5 text-right tabular-nums';
  return (
    <div
      className="max-h-[75vh] relative overflow-auto rounded-xl border border-black/10 bg-white print:max-h-none print:overflow-visible"
      tabIndex={0}
      aria-label="Tabel van de huizen, scrollbaar"
    >
      <table className="w-full min-w-[900px] border-separate border-spacing-0 text-sm" data-testid="house-table">
        <caption className="sr-only">Huizen van het Kind met hun aantal actoren per betrokkenheid en de ontbrekende verplichte partners</caption>
        <thead className="sticky top-0 z-20 bg-white text-xs text-muted shadow-[0_1px_0_rgba(0,0,0,0.1)]">
          <tr className="text-left">
            <SortHeader label="Huis" sortKey="naam" filter={filter} path={path} className="sticky left-0 z-30 bg-white pl-3" />
            <SortHeader label="Provincie" sortKey="provincie" filter={filter} path={path} />
            <SortHeader label="Verstedelijking" sortKey="verstedelijking" filter={filter} path={path} />
            <SortHeader label="Direct" sortKey="direct" filter={filter} path={path} className="text-right" />
            <SortHeader label="Kernpartners" sortKey="kernpartners" filter={filter} path={path} className="text-right" />
            <SortHeader label="Nog niet" sortKey="nog-niet" filter={filter} path={path} className="text-right" />
            <SortHeader label="Indirect" sortKey="indirect" filter={filter} path={path} className="text-right" />
            <SortHeader label="Ontbrekende verplichte partners" sortKey="hiaten" filter={filter} path={path} className="min-w-[280px] pr-3" />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-house={row.id} className="group align-top">
              <th
                scope="row"
                className="sticky left-0 z-10 max-w-[9rem] border-b border-black/5 bg-white py-1.5 pl-3 pr-2 text-left font-medium group-hover:bg-brand-soft/40 sm:max-w-none"
              >
                <Link href={`/huizen/${row.id}`} className="text-brand underline-offset-2 hover:underline" title={row.name}>
                  {shortHouseName(row.name)}
                </Link>
                {row.intermunicipal ? (
                  <span className="block text-xs font-normal text-muted">intergemeentelijk · {row.municipalities.length} gemeenten</span>
                ) : null}
              </th>
              <td className="border-b border-black/5 px-2 py-1.5">{row.province}</td>
              <td className="border-b border-black/5 px-2 py-1.5">{URBANISATION_LABELS[row.urbanisation]}</td>
              <td className={`border-b border-black/5 ${num}`}>{row.direct}</td>
              <td className={`border-b border-black/5 ${num} font-semibold`}>{row.kernpartners}</td>
              <td className={`border-b border-black/5 ${num}`}>{row.nogNiet}</td>
              <td className={`border-b border-black/5 ${num}`}>{row.indirect}</td>
              <td className="border-b border-black/5 py-1.5 pl-2 pr-3">
                <GapChips gaps={row.gaps} levels={row.levels} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
