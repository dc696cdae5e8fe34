import type { DistributionTable } from '@/lib/domain/survey/distribution-table';
import { DistributionChart } from './distribution-chart';
import { DownloadLinks } from './download-links';
import { formatNumber } from './format';

export function DistributionSection({ table, query }: { table: DistributionTable; query: string }) {
  return (
    <section id={table.id} aria-labelledby={`${table.id}-title`} className="rounded-xl border border-black/10 bg-white p-4 sm:p-5">
      <h3 id={`${table.id}-title`} className="font-semibold">
        {table.table}: {table.title}
      </h3>
      <p className="mt-1 text-sm text-muted">
        Gemiddeld {formatNumber(table.now.mean)} per huis (spreiding {table.now.min ?? '–'} tot {table.now.max ?? '–'}); in 2016 {table.report.mean} (van{' '}
        {table.report.min} tot {table.report.max}, rapport r. {table.line}).
      </p>
      <div className="mt-3">
        <DistributionChart table={table} axisLabel={table.id === 'tabel-27' ? 'aantal kernpartners per huis' : 'aantal direct betrokken actoren per huis'} />
      </div>
      <table className="mt-3 w-full text-sm">
        <caption className="sr-only">{table.table} in cijfers</caption>
        <thead>
          <tr className="border-b border-black/10 text-left text-xs text-muted">
            <th scope="col" className="py-1 font-medium">
              Aantal
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Huizen nu
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              %
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              2016
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              %
            </th>
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
          </tr>
        </tbody>
      </table>
      {table.outside > 0 ? <p className="mt-2 text-xs text-muted">{table.outside} huizen vallen buiten de klassen van het rapport.</p> : null}
      <DownloadLinks tableId={table.id} query={query} />
    </section>
  );
}
