import Link from 'next/link';
import type { OverviewFilter, SortKey } from '@/lib/domain/overview/overview-filter';
import { overviewQuery } from '@/lib/domain/overview/overview-filter';
import { defaultDirection } from '@/lib/domain/overview/overview-table';

/** A column header that sorts the table by a link (works without JavaScript); says its state to screen readers. */
export function SortHeader({
  label,
  sortKey,
  filter,
  path,
  className = '',
}: {
  label: string;
  sortKey: SortKey;
  filter: OverviewFilter;
  path: string;
  className?: string;
}) {
  const activeKey = filter.sorteer ?? 'naam';
  const active = activeKey === sortKey;
  const direction = filter.richting ?? defaultDirection(activeKey);
  const next = active ? (direction === 'op' ? 'af' : 'op') : defaultDirection(sortKey);
  const query = overviewQuery(filter, {
    sorteer: sortKey === 'naam' && next === 'op' ? undefined : sortKey,
    richting: next === defaultDirection(sortKey) ? undefined : next,
  });
  return (
    <th scope="col" aria-sort={active ? (direction === 'op' ? 'ascending' : 'descending') : 'none'} className={`px-2 py-2 font-medium ${className}`}>
      <Link
        href={query ? `${path}?${query}` : path}
        className="inline-flex items-center gap-1 hover:text-ink hover:underline"
        title={`Sorteer op ${label.toLowerCase()}`}
      >
        {label}
        <span aria-hidden="true" className={active ? 'text-brand' : 'text-black/25'}>
          {active ? (direction === 'op' ? '▲' : '▼') : '↕'}
        </span>
      </Link>
    </th>
  );
}
