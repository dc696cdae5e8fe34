'use client';

import { useCallback, useMemo, useRef, useState } from 'react';
import type { HouseNetwork } from '@/lib/house-network';
import type { LevelCode } from '@/lib/levels';
import { hiddenKeys, searchMatches } from '@/lib/map/filter-entries';
import type { LayoutName } from '@/lib/map/layouts';
import { toElements, toMapModel } from '@/lib/map/to-elements';
import type { EntryAction } from '../questionnaire/types';
import { EntryEditor } from './entry-editor';
import { useHydrated } from '../hooks/use-hydrated';
import { EntryTable } from './entry-table';
import { FocusPanel } from './focus-panel';
import { HouseMapCanvas, type MapCanvasHandle } from './house-map-canvas';
import { MapExports } from './map-exports';
import { MapLegend } from './map-legend';
import { MapSummary } from './map-summary';
import { MapToolbar } from './map-toolbar';
import { MapTray } from './map-tray';

const ALL_FILTER_LEVELS: (LevelCode | 'missing')[] = ['kernpartner', 'gemiddeld', 'minimaal', 'indirect', 'nog_niet', 'missing'];

interface Props {
  network: HouseNetwork;
  initialLayout: LayoutName;
  /** Node classes from a snapshot comparison, by entry key. */
  decorations?: Record<string, string>;
  /** The save action, when the user may edit this house (the server checks again on every write). */
  saveEntry?: EntryAction | null;
}

/**
 * The map page's interactive part: layout switch, filters, search, the canvas, the legend,
 * the focus panel, the tray and the table. Holds the view state; the canvas owns `cy`.
 */
export function MapWorkspace({ network, initialLayout, decorations, saveEntry = null }: Props) {
  const [layout, setLayout] = useState<LayoutName>(initialLayout);
  const [levels, setLevels] = useState<Set<LevelCode | 'missing'>>(new Set());
  const [cluster, setCluster] = useState('');
  const [search, setSearch] = useState('');
  const [focused, setFocused] = useState<string | null>(null);
  const handle = useRef<MapCanvasHandle>({ cy: null });
  const hydrated = useHydrated();

  const model = useMemo(() => toMapModel(network), [network]);
  const elements = useMemo(() => toElements(network.house.name, model, { clusters: layout === 'clusters' }), [network.house.name, model, layout]);
  const hidden = useMemo(() => hiddenKeys(model.entries, { levels, clusters: cluster ? new Set([cluster]) : new Set(), search }), [model, levels, cluster, search]);
  const matches = useMemo(() => searchMatches(model.entries, search), [model, search]);
  const focusedEntry = focused ? model.entries.find((e) => e.key === focused) ?? null : null;

  const chooseLayout = useCallback((next: LayoutName) => {
    setLayout(next);
    const url = new URL(window.location.href);
    url.searchParams.set('weergave', next);
    window.history.replaceState(null, '', url);
  }, []);

  const toggleLevel = useCallback((level: LevelCode | 'missing') => {
    setLevels((current) => {
      const next = new Set(current.size === 0 ? ALL_FILTER_LEVELS : current);
      if (next.has(level)) next.delete(level);
      else next.add(level);
      return next.size === ALL_FILTER_LEVELS.length ? new Set() : next;
    });
  }, []);

  const select = useCallback((key: string | null) => {
    setFocused(key);
    if (key) requestAnimationFrame(() => document.getElementById('focus-titel')?.focus({ preventScroll: true }));
  }, []);

  const selectFromList = useCallback((key: string) => {
    setFocused(key);
    requestAnimationFrame(() => document.getElementById('kaart')?.scrollIntoView({ behavior: 'smooth', block: 'start' }));
  }, []);

  return (
    <div className="space-y-6" data-wide-map>
      <MapSummary entries={model.entries} />
      {/* The map takes the window's width and, from a laptop up, its height: the council reads it. */}
      <div id="kaart" className="-mx-4 scroll-mt-0 overflow-hidden border-y border-black/10 bg-white sm:mx-0 sm:rounded-xl sm:border lg:-mx-6 lg:flex lg:h-[100dvh] lg:flex-col lg:rounded-none lg:border-x-0">
        {/* From a laptop up, the switch, filters, search and exports share one bar of two rows. */}
        <div className="lg:flex lg:flex-wrap lg:items-center lg:gap-x-4 lg:gap-y-2 lg:border-b lg:border-black/10 lg:px-3 lg:py-2">
          <MapToolbar
            layout={layout}
            onLayout={chooseLayout}
            levels={levels}
            onToggleLevel={toggleLevel}
            clusters={network.clusters}
            cluster={cluster}
            onCluster={setCluster}
            search={search}
            onSearch={setSearch}
            matchCount={matches.size}
          />
          <MapExports houseId={network.house.id} houseName={network.house.name} model={model} layout={layout} handle={handle} decorations={decorations} />
        </div>
        <div className="relative min-h-0 min-w-0 lg:flex-1">
          <HouseMapCanvas
            elements={elements}
            model={model}
            layout={layout}
            hidden={hidden}
            matches={matches}
            focused={focused}
            decorations={decorations ?? EMPTY}
            onSelect={select}
            handle={handle}
            label={`Netwerkkaart van ${network.house.name}. Dezelfde gegevens staan in de tabel onder de kaart.`}
          />
          {focusedEntry ? (
            <aside className="border-t border-black/10 bg-white p-4 lg:absolute lg:right-3 lg:top-3 lg:max-h-[calc(100%-1.5rem)] lg:w-[22rem] lg:overflow-y-auto lg:rounded-xl lg:border lg:p-0 lg:shadow-lg" aria-label="Details">
              <FocusPanel entry={focusedEntry} houseId={network.house.id} onClose={() => setFocused(null)}>
                {saveEntry ? <EntryEditor key={focusedEntry.key} entry={focusedEntry} action={saveEntry} forums={network.forums} /> : null}
              </FocusPanel>
            </aside>
          ) : null}
        </div>
      </div>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]" aria-label="Legende en lade">
        <div className="space-y-3 rounded-xl border border-black/10 bg-white p-4">
          {focusedEntry ? null : (
            <p className="rounded-lg bg-paper p-3 text-sm text-muted">Klik op een actor op de kaart, of op ‘Toon’ in de tabel, om zijn band met het huis te zien. Een ingekorte naam staat voluit als u de muis erop houdt.</p>
          )}
          <MapLegend />
        </div>
        <MapTray entries={model.entries} onSelect={select} />
      </div>
      <section aria-labelledby="tabel-titel">
        <h2 id="tabel-titel" className="mb-2 text-lg font-semibold">Tabel van de kaart</h2>
        {/* Built in the browser from the map's own data: the server does not send it twice. */}
        {hydrated ? (
          <EntryTable entries={model.entries} onSelect={selectFromList} />
        ) : (
          <p className="rounded-xl border border-black/10 bg-white p-4 text-sm text-muted">De tabel wordt opgebouwd…</p>
        )}
      </section>
    </div>
  );
}

const EMPTY: Record<string, string> = {};
