import type { Metadata } from 'next';
import type { CSSProperties } from 'react';
import Link from 'next/link';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { GrowthPanel } from '@/components/growth/growth-panel';
import { EntryTable } from '@/components/map/entry-table';
import { TieTable } from '@/components/ties/tie-list';
import { PrintButton } from '@/components/print/print-button';
import { readArrangements } from '@/lib/use-cases/arrangements';
import { formatDate } from '@/lib/domain/format-date';
import { loadHousePage } from '@/lib/edge/guard-house-page';
import { requestCommitStamp } from '@/lib/edge/session';
import { getGrowth } from '@/lib/use-cases/growth';
import { mapSvg } from '@/lib/use-cases/map-export';
import { parseLayoutName } from '@/lib/domain/map/layouts';
import { toMapEntries } from '@/lib/domain/map/map-entries';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Afdrukken' };

/** Paper sizes, landscape, in millimetres; pages have a 10 mm margin all round. */
const PAPER = { A4: { height: 210 }, A3: { height: 297 } } as const;
const MARGIN_MM = 10;

/**
 * The print view: page 1 holds the title and the map with its legend, filling the sheet; the
 * groeikansen and the table follow on their own pages. A4 or A3 landscape (?formaat=A4|A3), in
 * the layout of the map (?weergave=…) and its saved arrangement. The site's header and footer do
 * not print.
 */
export default async function PrintPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const query = await searchParams;
  const format = query.formaat === 'A3' ? 'A3' : 'A4';
  const layout = parseLayoutName(query.weergave);
  const result = await loadHousePage(`/huizen/${id}/afdrukken`, async (user) => {
    const stamp = await requestCommitStamp();
    const [house, arrangements] = await Promise.all([getGrowth(user, id, stamp), readArrangements(user, id, stamp)]);
    return { ...house, arrangements };
  });
  if (!result.ok) return <DatabaseErrorPanel />;
  const { network, growth, arrangements } = result.data;
  const svg = mapSvg(network, layout, arrangements[layout].positions);
  // Page 1 is exactly one sheet high (less a little for rounding), so nothing spills onto a page of its own.
  const firstPage = PAPER[format].height - 2 * MARGIN_MM - 4;
  return (
    // The print rules live in app/globals.css (a named @page per paper size), not in a style
    // element here: after a client-side navigation such an element would carry this request's CSP
    // nonce, which the document (loaded under another nonce) refuses, and the page size would be lost.
    <article className="print-sheet" data-format={format} data-testid="print-view" style={{ '--print-first-height': `${firstPage}mm` } as CSSProperties}>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2 print:hidden">
        <Link href={`/huizen/${id}?weergave=${layout}`} className="text-sm text-brand underline-offset-2 hover:underline">
          ← Terug naar de kaart
        </Link>
        <nav className="flex flex-wrap items-center gap-2 text-sm" aria-label="Papierformaat">
          {(['A4', 'A3'] as const).map((size) => (
            <Link
              key={size}
              href={`?formaat=${size}&weergave=${layout}`}
              aria-current={format === size ? 'page' : undefined}
              className={`rounded-md border px-2.5 py-1 ${format === size ? 'border-brand bg-brand font-semibold text-white' : 'border-black/15 bg-white text-brand hover:bg-brand-soft'}`}
            >
              {size} liggend
            </Link>
          ))}
          <PrintButton />
        </nav>
      </div>
      <div className="print-first">
        <header className="mb-2">
          <h1 className="text-2xl font-semibold">Netwerkkaart {network.house.name}</h1>
          <p className="text-sm text-muted">
            {network.house.municipalities.join(', ')} · stand op {formatDate(new Date().toISOString())} · formaat {format} liggend
          </p>
        </header>
        <div
          className="print-map relative overflow-x-auto rounded-xl border border-black/10 bg-white p-2 [&_svg]:h-auto [&_svg]:max-w-full"
          data-testid="print-map"
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      </div>
      <section className="print-break mt-6">
        <h2 className="mb-2 text-xl font-semibold">Groeikansen</h2>
        <GrowthPanel growth={growth} compact />
      </section>
      <section className="print-break mt-6">
        <h2 className="mb-2 text-xl font-semibold">Tabel van de kaart</h2>
        <EntryTable entries={toMapEntries(network)} />
      </section>
      {network.ties?.length ? (
        <section className="mt-6">
          <h2 className="mb-2 text-xl font-semibold">Samenwerking tussen partners</h2>
          <TieTable ties={network.ties} names={new Map(network.actors.map((a) => [a.id, a.name]))} caption="Samenwerking tussen partners" />
        </section>
      ) : null}
    </article>
  );
}
