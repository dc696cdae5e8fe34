'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { MenuItem } from '@/lib/domain/main-menu';

/** The menu items (chosen by role on the server, components/main-menu.tsx), the current one marked. */
export function MainNav({ items }: { items: MenuItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Hoofdnavigatie" className="-mx-1">
      <ul className="flex flex-wrap gap-1 text-sm">
        {items.map((item) => {
          const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                // Every page is dynamic and has no loading boundary: a prefetch gets nothing to show
                // early, but costs the server a render per link in view (24 per view of a house map).
                prefetch={false}
                href={item.href}
                aria-current={active ? 'page' : undefined}
                className={`block rounded-md px-3 py-2 font-medium transition-colors ${active ? 'bg-brand text-white' : 'text-ink hover:bg-brand-soft'}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
