import type { DistributionTable } from '@/lib/domain/survey/distribution-table';
import { DistributionChart } from './distribution-chart';
import { DownloadLinks } from './download-links';
import { formatNumber, formatPoints } from './format';
import { DEFAULT_TABLE_SOURCES, type TableSources } from './table-sources';

export function DistributionSection({ table, query, sources = DEFAULT_TABLE_SOURCES }: { table: DistributionTable; query: string; sources?: TableSources }) {
  return (
    <section id={table.id} aria-labelledby={`${table.id}-title`} className="rounded-xl border border-black/10 bg-white p-4 sm:p-5">
      <h3 id={`${table.id}-title`} className="font-semibold">
        {table.table}: {table.title}
      </h3>
      {sources.showChange ? (
        <p className="mt-1 text-sm text-muted">
          Gemiddeld {formatNumber(table.now.mean)} per huis in {sources.shown.label} (spreiding {table.now.min ?? '–'} tot {table.now.max ?? '–'}); in{' '}
          {sources.compared.label} {formatNumber(table.report.mean)} (van {table.report.min ?? '–'} tot {table.report.max ?? '–'}). Rapport r. {table.line}.
        </p>
      ) : (
        <p className="mt-1 text-sm text-muted">
          Gemiddeld {formatNumber(table.now.mean)} per huis (spreiding {table.now.min ?? '–'} tot {table.now.max ?? '–'}); in 2016 {table.report.mean} (van{' '}
          {table.report.min} tot {table.report.max}, rapport r. {table.line}).
        </p>
      )}
      <div className="mt-3">
        <DistributionChart
          table={table}
          sources={sources}
          axisLabel={table.id === 'tabel-27' ? 'aantal kernpartners per huis' : 'aantal direct betrokken actoren per huis'}
        />
      </div>
      <table className="mt-3 w-full text-sm">
        <caption className="sr-only">{table.table} in cijfers</caption>
        <thead>
          <tr className="border-b border-black/10 text-left text-xs text-muted">
            <th scope="col" className="py-1 font-medium">
              Aantal
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              {sources.shown.kind === 'now' ? 'Huizen nu' : `Huizen ${sources.shown.short}`}
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              %
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              {sources.compared.short}
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              %
            </th>
            {sources.showChange ? (
              <th scope="col" className="py-1 text-right font-medium">
                Verschil <span className="sr-only">in procentpunten</span>
                <span aria-hidden="true">(pp)</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {table.bins.map((b) => (
            <tr key={b.label} className="border-b border-black/5">
              <th scope="row" className="py-1 text-left font-normal">
                {b.label}
              </th>
              <td className="py-1 text-right tabular-nums">{b.now}</td>
              <td className="py-1 text-right tabular-nums text-muted">{formatNumber(b.nowPercent)}</td>
              <td className="py-1 text-right tabular-nums">{b.report}</td>
              <td className="py-1 text-right tabular-nums text-muted">{formatNumber(b.reportPercent)}</td>
              {sources.showChange ? <td className="py-1 text-right tabular-nums">{formatPoints(b.change)}</td> : null}
            </tr>
          ))}
          <tr className="font-medium">
            <th scope="row" className="py-1 text-left">
              Totaal
            </th>
            <td className="py-1 text-right tabular-nums">{table.now.houses}</td>
            <td />
            <td className="py-1 text-right tabular-nums">{table.report.houses}</td>
            <td />
            {sources.showChange ? <td /> : null}
          </tr>
        </tbody>
      </table>
      {table.outside > 0 ? <p className="mt-2 text-xs text-muted">{table.outside} huizen vallen buiten de klassen van het rapport.</p> : null}
      <DownloadLinks tableId={table.id} query={query} />
    </section>
  );
}
