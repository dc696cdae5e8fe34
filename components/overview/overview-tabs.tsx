import { PageTabs } from '@/components/page-tabs';

export const OVERVIEW_TABS = [
  { key: 'huizen', href: '/overzicht', label: 'Huizen' },
  { key: 'verplicht', href: '/overzicht/verplichte-partners', label: 'Verplichte partners' },
  { key: 'minimumaanbod', href: '/overzicht/minimumaanbod', label: 'Minimumaanbod' },
  { key: 'regio', href: '/overzicht/regio', label: 'Regio' },
  { key: 'vergelijken', href: '/overzicht/vergelijken', label: 'Vergelijken' },
  { key: 'bevragingen', href: '/overzicht/bevragingen', label: 'Bevragingen' },
] as const;

export type OverviewTabKey = (typeof OVERVIEW_TABS)[number]['key'];

/** The overview's sub-navigation; the selection (query string) travels along between tabs. */
export function OverviewTabs({ active, query = '' }: { active: OverviewTabKey; query?: string }) {
  const tabs = OVERVIEW_TABS.map((tab) => ({
    ...tab,
    href: query && tab.key !== 'regio' && tab.key !== 'vergelijken' && tab.key !== 'bevragingen' ? `${tab.href}?${query}` : tab.href,
  }));
  return <PageTabs label="Overzicht" tabs={tabs} active={active} className="mb-5" />;
}
