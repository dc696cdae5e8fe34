import { PageTabs } from '@/components/page-tabs';

export const OVERVIEW_TABS = [
  // `filtered`: the tab reads the selection (query string), so it travels along to that tab.
  { key: 'huizen', href: '/overzicht', label: 'Huizen', filtered: true },
  { key: 'verplicht', href: '/overzicht/verplichte-partners', label: 'Verplichte partners', filtered: true },
  { key: 'minimumaanbod', href: '/overzicht/minimumaanbod', label: 'Minimumaanbod', filtered: true },
  { key: 'regio', href: '/overzicht/regio', label: 'Regio', filtered: false },
  { key: 'samenwerking', href: '/overzicht/samenwerking', label: 'Samenwerking', filtered: false },
  { key: 'vergelijken', href: '/overzicht/vergelijken', label: 'Vergelijken', filtered: false },
  { key: 'bevragingen', href: '/overzicht/bevragingen', label: 'Bevragingen', filtered: false },
] as const;

export type OverviewTabKey = (typeof OVERVIEW_TABS)[number]['key'];

/** The overview's sub-navigation; the selection (query string) travels along between tabs. */
export function OverviewTabs({ active, query = '' }: { active: OverviewTabKey; query?: string }) {
  const tabs = OVERVIEW_TABS.map(({ key, label, href, filtered }) => ({
    key,
    label,
    href: query && filtered ? `${href}?${query}` : href,
  }));
  return <PageTabs label="Overzicht" tabs={tabs} active={active} className="mb-5" />;
}
