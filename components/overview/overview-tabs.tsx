import Link from 'next/link';

export const OVERVIEW_TABS = [
  { key: 'huizen', href: '/overzicht', label: 'Huizen' },
  { key: 'verplicht', href: '/overzicht/verplichte-partners', label: 'Verplichte partners' },
  { key: 'minimumaanbod', href: '/overzicht/minimumaanbod', label: 'Minimumaanbod' },
  { key: 'regio', href: '/overzicht/regio', label: 'Regio' },
  { key: 'vergelijken', href: '/overzicht/vergelijken', label: 'Vergelijken' },
] as const;

export type OverviewTabKey = (typeof OVERVIEW_TABS)[number]['key'];

/** The overview's sub-navigation; the selection (query string) travels along between tabs. */
export function OverviewTabs({ active, query = '' }: { active: OverviewTabKey; query?: string }) {
  return (
    <nav aria-label="Overzicht" className="print:hidden mb-5 border-b border-black/10">
      <ul className="-mb-px flex flex-wrap gap-x-1 text-sm">
        {OVERVIEW_TABS.map((tab) => {
          const current = tab.key === active;
          return (
            <li key={tab.key} className="shrink-0">
              <Link
                href={query && tab.key !== 'regio' && tab.key !== 'vergelijken' ? `${tab.href}?${query}` : tab.href}
                aria-current={current ? 'page' : undefined}
                className={`block border-b-2 px-2 py-2 font-medium sm:px-3 ${current ? 'border-brand text-brand' : 'border-transparent text-muted hover:border-black/20 hover:text-ink'}`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
