import Link from 'next/link';
import { PageHeader } from '@/components/page-header';
import { OverviewTabs, type OverviewTabKey } from './overview-tabs';

const INTRO =
  'Alle Huizen van het Kind naast elkaar: wie ontbreekt er bij de partners die verplicht moeten aansluiten, is het minimumaanbod gedekt, en hoe verhoudt een huis zich tot vergelijkbare huizen.';

/** Title, intro, the print link and the tabs, the same on every overview page. */
export function OverviewHeader({ active, query = '' }: { active: OverviewTabKey; query?: string }) {
  return (
    <>
      <PageHeader title="Overzicht Kind en Gezin" intro={INTRO}>
        <Link
          href={query ? `/overzicht/afdrukken?${query}` : '/overzicht/afdrukken'}
          className="print:hidden inline-flex shrink-0 items-center gap-2 rounded-md border border-brand/30 bg-white px-3 py-2 text-sm font-medium text-brand hover:bg-brand-soft"
        >
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5">
            <path d="M4 6V1.5h8V6M4 12H2.5A1 1 0 0 1 1.5 11V7a1 1 0 0 1 1-1h11a1 1 0 0 1 1 1v4a1 1 0 0 1-1 1H12" />
            <rect x="4" y="9.5" width="8" height="5" />
          </svg>
          Rapport afdrukken (A4)
        </Link>
      </PageHeader>
      <OverviewTabs active={active} query={query} />
    </>
  );
}
