import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { GrowthPanel } from '@/components/growth/growth-panel';
import { EntryTable } from '@/components/map/entry-table';
import { PrintButton } from '@/components/print/print-button';
import { formatDate } from '@/lib/format-date';
import { loadHousePage } from '@/lib/guard-house-page';
import { getGrowth } from '@/lib/growth';
import { mapSvg } from '@/lib/map-export';
import { parseLayoutName } from '@/lib/map/layouts';
import { toMapEntries } from '@/lib/map/map-entries';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Afdrukken' };

/**
 * The print view: title, date, the map with its legend, the groeikansen and the table, laid out
 * for A4 or A3 landscape (?formaat=A4|A3). The site's header and footer do not print.
 */
export default async function PrintPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const query = await searchParams;
  const format = query.formaat === 'A3' ? 'A3' : 'A4';
  const layout = parseLayoutName(query.weergave);
  const result = await loadHousePage(`/huizen/${id}/afdrukken`, () => getGrowth(id));
  if (!result.ok) return <DatabaseErrorPanel />;
  const { network, growth } = result.data;
  const svg = mapSvg(network, layout);
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <article className="print-sheet" data-format={format} data-testid="print-view">
      {/* The request's CSP nonce (proxy.ts): an inline style element needs it. */}
      <style nonce={nonce}>{`
        @page { size: ${format} landscape; margin: 10mm; }
        @media print {
          body > header, body > footer, body > a { display: none !important; }
          main { max-width: none !important; padding: 0 !important; }
          .print-map svg { width: 100%; height: auto; max-height: ${format === 'A3' ? '260mm' : '180mm'}; }
          .print-break { break-before: page; }
          section, tr { break-inside: avoid; }
        }
      `}</style>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2 print:hidden">
        <Link href={`/huizen/${id}`} className="text-sm text-brand underline-offset-2 hover:underline">← Terug naar de kaart</Link>
        <div className="flex items-center gap-2 text-sm">
          <Link href={`?formaat=A4`} aria-current={format === 'A4' ? 'page' : undefined} className={format === 'A4' ? 'font-semibold' : 'text-brand'}>A4 liggend</Link>
          <Link href={`?formaat=A3`} aria-current={format === 'A3' ? 'page' : undefined} className={format === 'A3' ? 'font-semibold' : 'text-brand'}>A3 liggend</Link>
          <PrintButton />
        </div>
      </div>
      <header className="mb-3">
        <h1 className="text-2xl font-semibold">Netwerkkaart {network.house.name}</h1>
        <p className="text-sm text-muted">
          {network.house.municipalities.join(', ')} · stand op {formatDate(new Date().toISOString())} · formaat {format} liggend
        </p>
      </header>
      <div className="print-map relative overflow-x-auto rounded-xl border border-black/10 bg-white p-2 [&_svg]:h-auto [&_svg]:max-w-full" dangerouslySetInnerHTML={{ __html: svg }} />
      <section className="print-break mt-6">
        <h2 className="mb-2 text-xl font-semibold">Groeikansen</h2>
        <GrowthPanel growth={growth} compact />
      </section>
      <section className="print-break mt-6">
        <h2 className="mb-2 text-xl font-semibold">Tabel van de kaart</h2>
        <EntryTable entries={toMapEntries(network)} />
      </section>
    </article>
  );
}
