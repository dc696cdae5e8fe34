import type { UrbanisationMeansTable } from '@/lib/domain/survey/urbanisation-means';
import { DownloadLinks } from './download-links';
import { formatDelta, formatNumber } from './format';
import { scrollable } from '@/components/scrollable';
import { DEFAULT_TABLE_SOURCES, type TableSources } from './table-sources';

export function MeansTableView({ table, query, sources = DEFAULT_TABLE_SOURCES }: { table: UrbanisationMeansTable; query: string; sources?: TableSources }) {
  return (
    <section id={table.id} aria-labelledby={`${table.id}-title`} className="rounded-xl border border-black/10 bg-white p-4 sm:p-5">
      <h3 id={`${table.id}-title`} className="font-semibold">
        {table.title}
      </h3>
      <p className="mt-1 text-sm text-muted">
        Rapport punt 4.4.3 (r. 3360-3370).{' '}
        {sources.showChange
          ? `Eerst ${sources.shown.label}, dan ${sources.compared.label}; het verschil staat tussen haakjes.`
          : 'Het verschil staat tussen haakjes.'}
      </p>
      <div className="mt-3 relative overflow-x-auto" {...scrollable(table.title)}>
        <table className="w-full min-w-[520px] text-sm">
          <thead>
            <tr className="border-b border-black/10 text-right text-xs text-muted">
              <th scope="col" className="py-2 text-left font-medium">
                Verstedelijkingsgraad
              </th>
              <th scope="col" className="px-2 py-2 font-medium">
                Huizen{sources.showChange ? ` ${sources.shown.short}` : ''}
              </th>
              <th scope="col" className="px-2 py-2 font-medium">
                Direct betrokken{sources.showChange ? ` ${sources.shown.short}` : ''}
              </th>
              <th scope="col" className="px-2 py-2 font-medium">
                {sources.compared.short}
              </th>
              <th scope="col" className="px-2 py-2 font-medium">
                Kernpartners{sources.showChange ? ` ${sources.shown.short}` : ''}
              </th>
              <th scope="col" className="py-2 pl-2 font-medium">
                {sources.compared.short}
              </th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr key={r.urbanisation} className="border-b border-black/5">
                <th scope="row" className="py-1.5 text-left font-normal">
                  {r.label}
                </th>
                <td className="px-2 text-right tabular-nums">{r.houses}</td>
                <td className="px-2 text-right tabular-nums">
                  {formatNumber(r.direct)} <span className="text-xs text-muted">({formatDelta(r.direct, r.reportDirect)})</span>
                </td>
                <td className="px-2 text-right tabular-nums text-muted">{formatNumber(r.reportDirect)}</td>
                <td className="px-2 text-right tabular-nums">
                  {formatNumber(r.kernpartners)} <span className="text-xs text-muted">({formatDelta(r.kernpartners, r.reportKernpartners)})</span>
                </td>
                <td className="pl-2 text-right tabular-nums text-muted">{formatNumber(r.reportKernpartners)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <DownloadLinks tableId={table.id} query={query} />
    </section>
  );
}
