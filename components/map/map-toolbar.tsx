'use client';

import type { ReactNode } from 'react';
import { LEVELS, type LevelCode } from '@/lib/domain/levels';
import { LAYOUTS, LAYOUT_NAMES, type LayoutName } from '@/lib/domain/map/layouts';
import type { NetworkCluster } from '@/lib/domain/house-network';

const FILTER_LEVELS: (LevelCode | 'missing')[] = ['kernpartner', 'gemiddeld', 'minimaal', 'indirect', 'nog_niet', 'missing'];

interface Props {
  layout: LayoutName;
  onLayout: (layout: LayoutName) => void;
  levels: ReadonlySet<LevelCode | 'missing'>;
  onToggleLevel: (level: LevelCode | 'missing') => void;
  clusters: NetworkCluster[];
  cluster: string;
  onCluster: (code: string) => void;
  search: string;
  onSearch: (value: string) => void;
  matchCount: number;
  /** Further switches of what the map shows (the ties), in the row of the level filters. */
  extraToggles?: ReactNode;
}

/** Layout switch, filters by level and cluster, and search. */
export function MapToolbar({ layout, onLayout, levels, onToggleLevel, clusters, cluster, onCluster, search, onSearch, matchCount, extraToggles }: Props) {
  return (
    <div className="flex flex-col gap-3 border-b border-black/10 bg-white p-3 lg:contents" data-testid="map-toolbar">
      <fieldset className="flex flex-wrap items-center gap-1">
        <legend className="sr-only">Schikking van de kaart</legend>
        {LAYOUT_NAMES.map((name) => (
          <label
            key={name}
            title={LAYOUTS[name].description}
            className={`relative cursor-pointer rounded-md border px-3 py-1.5 text-sm font-medium lg:py-1 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-[#1d4ed8] ${
              layout === name ? 'border-brand bg-brand text-white' : 'border-black/15 bg-white text-ink hover:bg-brand-soft'
            }`}
          >
            <input
              type="radio"
              name="weergave"
              value={name}
              checked={layout === name}
              onChange={() => onLayout(name)}
              className="absolute inset-0 m-0 cursor-pointer opacity-0"
            />
            {LAYOUTS[name].label}
          </label>
        ))}
      </fieldset>
      <fieldset className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <legend className="sr-only">Toon betrokkenheid</legend>
        {FILTER_LEVELS.map((level) => (
          <label key={level} className="inline-flex items-center gap-1">
            <input type="checkbox" checked={levels.size === 0 || levels.has(level)} onChange={() => onToggleLevel(level)} className="accent-[#0f5e63]" />
            {level === 'missing' ? 'Ontbrekend verplicht' : LEVELS[level].label}
          </label>
        ))}
      </fieldset>
      {extraToggles}
      <div className="flex flex-wrap items-center gap-2">
        <label className="text-sm">
          <span className="sr-only">Domeincluster</span>
          <select
            value={cluster}
            onChange={(e) => onCluster(e.target.value)}
            className="max-w-[14rem] rounded-md border border-black/15 bg-white px-2 py-1.5 text-sm lg:py-1"
          >
            <option value="">Alle domeinclusters</option>
            {clusters.map((c) => (
              <option key={c.code} value={c.code}>
                {c.order}. {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="sr-only">Zoek een actor</span>
          <input
            type="search"
            value={search}
            onChange={(e) => onSearch(e.target.value)}
            placeholder="Zoek een actor…"
            className="w-44 rounded-md border border-black/15 px-2 py-1.5 text-sm lg:py-1"
          />
        </label>
        {search.trim().length >= 2 ? (
          <span className="text-xs text-muted" aria-live="polite">
            {matchCount} {matchCount === 1 ? 'treffer' : 'treffers'}
          </span>
        ) : null}
      </div>
    </div>
  );
}
