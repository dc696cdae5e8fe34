import Link from 'next/link';

export interface PageTab {
  key: string;
  href: string;
  label: string;
}

/** A row of tabs under a page title (a house's pages, the overview's parts): links, one current. */
export function PageTabs({ label, tabs, active, className = '' }: { label: string; tabs: readonly PageTab[]; active: string; className?: string }) {
  return (
    <nav aria-label={label} className={`relative overflow-x-auto border-b border-black/10 print:hidden ${className}`}>
      <ul className="-mb-px flex gap-x-1 text-sm">
        {tabs.map((tab) => {
          const current = tab.key === active;
          return (
            <li key={tab.key} className="shrink-0">
              <Link
                // Every page is dynamic and has no loading boundary: a prefetch gets nothing to show
                // early, but costs the server a render per link in view (24 per view of a house map).
                prefetch={false}
                href={tab.href}
                aria-current={current ? 'page' : undefined}
                className={`block whitespace-nowrap border-b-2 px-2 py-2 font-medium sm:px-3 ${
                  current ? 'border-brand text-brand' : 'border-transparent text-muted hover:border-black/20 hover:text-ink'
                }`}
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
