import type { OverviewRow } from '@/lib/domain/overview/overview-table';
import { shortHouseName } from '@/lib/domain/overview/short-house-name';
import { URBANISATION_LABELS } from '@/lib/domain/regions';
import { GapChips } from './gap-chips';

/** The house table for paper: no scrolling, no sticky parts, the header repeated on every page. */
export function PrintHouseTable({ rows }: { rows: OverviewRow[] }) {
  const num = 'px-1.5 py-1 text-right tabular-nums';
  return (
    <table className="w-full border-collapse text-xs" data-testid="print-house-table">
      <thead>
        <tr className="border-b-2 border-black/30 text-left">
          <th scope="col" className="px-1.5 py-1">
            Huis
          </th>
          <th scope="col" className="px-1.5 py-1">
            Provincie
          </th>
          <th scope="col" className="px-1.5 py-1">
            Verstedelijking
          </th>
          <th scope="col" className="px-1.5 py-1 text-right">
            Direct
          </th>
          <th scope="col" className="px-1.5 py-1 text-right">
            Kern
          </th>
          <th scope="col" className="px-1.5 py-1 text-right">
            Nog niet
          </th>
          <th scope="col" className="px-1.5 py-1 text-right">
            Indirect
          </th>
          <th scope="col" className="px-1.5 py-1">
            Ontbrekende verplichte partners
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className="border-b border-black/10 align-top">
            <th scope="row" className="px-1.5 py-1 text-left font-medium">
              {shortHouseName(r.name)}
            </th>
            <td className="px-1.5 py-1">{r.province}</td>
            <td className="px-1.5 py-1">{URBANISATION_LABELS[r.urbanisation]}</td>
            <td className={num}>{r.direct}</td>
            <td className={num}>{r.kernpartners}</td>
            <td className={num}>{r.nogNiet}</td>
            <td className={num}>{r.indirect}</td>
            <td className="px-1.5 py-1">
              <GapChips gaps={r.gaps} levels={r.levels} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
