'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

const NAV_ITEMS = [
  { href: '/huizen', label: 'Huizen' },
  { href: '/overzicht', label: 'Overzicht Kind en Gezin' },
  { href: '/cijfers', label: 'Cijfers 2016' },
  { href: '/workshops', label: 'Workshops' },
  { href: '/catalogus', label: 'Catalogus' },
] as const;

export function MainNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Hoofdnavigatie" className="-mx-1">
      <ul className="flex flex-wrap gap-1 text-sm">
        {NAV_ITEMS.map((item) => {
          const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? 'page' : undefined}
                className={`block rounded-md px-3 py-2 font-medium transition-colors ${
                  active ? 'bg-brand text-white' : 'text-ink hover:bg-brand-soft'
                }`}
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
