'use client';

import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from 'react';
import { emptyArrangements, type HouseArrangements } from '@/lib/domain/arrangement';
import type { LevelCode } from '@/lib/domain/levels';
import { hiddenKeys, searchMatches } from '@/lib/domain/map/filter-entries';
import type { LayoutName } from '@/lib/domain/map/layouts';
import type { FirstPictureOnPage } from '@/lib/domain/map/first-picture';
import { toElements, toMapModel } from '@/lib/domain/map/to-elements';
import { networkFromWire, type NetworkOnWire } from '@/lib/domain/map/network-on-wire';
import type { EntryAction } from '../questionnaire/types';
import { useFullscreen } from '../hooks/use-fullscreen';
import { useHydrated } from '../hooks/use-hydrated';
import { useMediaQuery } from '../hooks/use-media-query';
import { ArrangementBar } from './arrangement-bar';
import { BottomSheet } from './bottom-sheet';
import { EntryEditor } from './entry-editor';
import { EntryTable } from './entry-table';
import { FocusPanel } from './focus-panel';
import { HouseMapCanvas, type MapCanvasHandle } from './house-map-canvas';
import { MapControls } from './map-controls';
import { MapExports } from './map-exports';
import { MapLegend } from './map-legend';
import { MapSummary } from './map-summary';
import { MapToolbar } from './map-toolbar';
import { MapTray } from './map-tray';
import { fitAll, panBy, zoomBy, zoomToNeighbourhood, ZOOM_STEP } from './map-viewport';
import { useArrangement, type ArrangementActions } from './use-arrangement';
import { tieElements } from '@/lib/domain/ties/tie-elements';
import type { TieKind } from '@/lib/domain/ties/tie-kinds';
import { TieBar, TieToggle } from '../ties/tie-bar';
import { TieEditor, type TieActions } from '../ties/tie-editor';
import { TieLegend } from '../ties/tie-legend';
import { TieTable } from '../ties/tie-list';
import { useTieDrawing } from '../ties/use-tie-drawing';
import { parseEntryKey } from '@/lib/domain/entry-key';
import { DRAWN_LATER } from '../drawn-later';
import { IDLE_STATE, type ActionState } from '@/lib/edge/action-state';
import type { TieOutcome } from '@/lib/domain/ties/tie';

const ALL_FILTER_LEVELS: (LevelCode | 'missing')[] = ['kernpartner', 'gemiddeld', 'minimaal', 'indirect', 'nog_niet', 'missing'];
/** Model units one arrow key moves a node while arranging (ten with Shift). */
const NUDGE = 10;
/** Screen pixels one arrow key pans the map. */
const PAN = 60;

interface Props {
  /** The house's network as JSON text (lib/domain/map/network-on-wire.ts). */
  network: NetworkOnWire;
  initialLayout: LayoutName;
  /** The server's picture of the map, shown until the reader reaches for the map (lib/domain/map/first-picture.ts). */
  firstPicture?: FirstPictureOnPage | null;
  /** Node classes from a snapshot comparison, by entry key. */
  decorations?: Record<string, string>;
  /** The save action, when the user may edit this house (the server checks again on every write). */
  saveEntry?: EntryAction | null;
  /** The house's own arrangements of its map, per layout. */
  arrangements?: HouseArrangements;
  /** Saving and resetting them, when the user may edit this house (checked again on the server). */
  arrangementActions?: ArrangementActions | null;
  /** Drawing and removing ties between partners, when the user may edit this house (checked again on the server). */
  tieActions?: TieActions | null;
}

/**
 * The map page's interactive part: layout switch, filters, search, the canvas with its zoom and
 * full-screen controls, the house's own arrangement, the legend, the focus panel (a bottom sheet
 * on phones), the tray and the table. Holds the view state; the canvas owns `cy`.
 */
export function MapWorkspace({
  network: networkText,
  initialLayout,
  firstPicture = null,
  decorations,
  saveEntry = null,
  arrangements,
  arrangementActions = null,
  tieActions = null,
}: Props) {
  const network = useMemo(() => networkFromWire(networkText), [networkText]);
  const [layout, setLayout] = useState<LayoutName>(initialLayout);
  const [levels, setLevels] = useState<Set<LevelCode | 'missing'>>(new Set());
  const [cluster, setCluster] = useState('');
  const [search, setSearch] = useState('');
  const [focused, setFocused] = useState<string | null>(null);
  const [zoomedTo, setZoomedTo] = useState<string | null>(null);
  const handle = useRef<MapCanvasHandle>({ cy: null });
  // The same Cytoscape instance as state: the tie drawing takes it while rendering, where the
  // handle (a ref) may not be read, and starts as soon as the map engine is up.
  const [mapCy, setMapCy] = useState<Core | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  const mapBox = useRef<HTMLDivElement>(null);
  const hydrated = useHydrated();
  const wide = useMediaQuery('(min-width: 1024px)');
  const initialArrangements = useMemo(() => arrangements ?? emptyArrangements(), [arrangements]);
  const arrangement = useArrangement(layout, initialArrangements, handle, arrangementActions);

  const model = useMemo(() => toMapModel(network), [network]);
  // Ties between partners (issue 17): curved edges over the layout's elements; they move no node.
  const [showTies, setShowTies] = useState(true);
  const [drawing, setDrawing] = useState(false);
  const [drawKind, setDrawKind] = useState<TieKind>('doorverwijzing');
  const [drawResult, setDrawResult] = useState<ActionState<TieOutcome>>({ ...IDLE_STATE, tie: null });
  const [drawPending, startDraw] = useTransition();
  const names = useMemo(() => new Map(network.actors.map((a) => [a.id, a.name])), [network.actors]);
  const elements = useMemo(() => {
    const base = toElements(network.house.name, model, { clusters: layout === 'clusters' });
    if (!showTies || !network.ties?.length) return base;
    const onMap = new Set(base.filter((e) => e.group === 'nodes').map((e) => e.data.id));
    return [...base, ...tieElements(network.ties, onMap, names)];
  }, [network.house.name, network.ties, names, model, layout, showTies]);
  const hidden = useMemo(
    () => hiddenKeys(model.entries, { levels, clusters: cluster ? new Set([cluster]) : new Set(), search }),
    [model, levels, cluster, search],
  );
  const matches = useMemo(() => searchMatches(model.entries, search), [model, search]);
  const focusedEntry = focused ? (model.entries.find((e) => e.key === focused) ?? null) : null;
  const focusedKey = focusedEntry ? parseEntryKey(focusedEntry.key) : null;
  const focusedActorId = focusedKey?.kind === 'actor' ? focusedKey.id : null;

  const withMap = useCallback((work: (cy: NonNullable<MapCanvasHandle['cy']>) => void) => {
    const cy = handle.current.cy;
    if (cy) work(cy);
    // Still the server's picture: the map engine starts and does the work once it has drawn.
    else handle.current.engage?.(work);
  }, []);
  /** The reader reaches for the map (or any of its controls): the map engine takes over. */
  const engage = useCallback(() => handle.current.engage?.(), []);

  const fullscreen = useFullscreen(panel);
  // When the map's width changes (full screen, a phone turned, a window resized) the canvas
  // follows and the whole map comes back in view.
  useEffect(() => {
    const box = mapBox.current;
    if (!box) return;
    let width = box.clientWidth;
    const observer = new ResizeObserver(() => {
      if (Math.abs(box.clientWidth - width) < 2) return;
      width = box.clientWidth;
      withMap((cy) => {
        cy.resize();
        fitAll(cy);
      });
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [withMap]);

  const chooseLayout = useCallback((next: LayoutName) => {
    setLayout(next);
    setZoomedTo(null);
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
    setZoomedTo(null);
    if (key) requestAnimationFrame(() => document.getElementById('focus-titel')?.focus({ preventScroll: true }));
  }, []);

  const selectFromList = useCallback((key: string) => {
    setFocused(key);
    setZoomedTo(null);
    requestAnimationFrame(() => document.getElementById('kaart')?.scrollIntoView({ behavior: 'smooth', block: 'start' }));
  }, []);

  const wholeMap = useCallback(() => {
    setZoomedTo(null);
    withMap(fitAll);
  }, [withMap]);

  const closeDetails = useCallback(() => {
    if (zoomedTo) wholeMap();
    setFocused(null);
    mapBox.current?.focus({ preventScroll: true });
  }, [zoomedTo, wholeMap]);

  const zoomToFocused = useCallback(() => {
    withMap((cy) => {
      if (focused && zoomToNeighbourhood(cy, focused)) setZoomedTo(focused);
    });
  }, [focused, withMap]);

  const onMapKey = useCallback(
    (event: React.KeyboardEvent<HTMLDivElement>) => {
      if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
      const cy = handle.current.cy;
      if (!cy) return;
      const arrows: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
      if (event.key === '+' || event.key === '=') zoomBy(cy, ZOOM_STEP);
      else if (event.key === '-' || event.key === '_') zoomBy(cy, 1 / ZOOM_STEP);
      else if (event.key === '0') wholeMap();
      else if (event.key === 'Escape' && focused) closeDetails();
      else if (arrows[event.key]) {
        const [dx, dy] = arrows[event.key];
        // Arranging: the chosen actor moves; otherwise the view pans.
        if (arrangement.editing && focused) arrangement.nudge(focused, dx * NUDGE * (event.shiftKey ? 5 : 1), dy * NUDGE * (event.shiftKey ? 5 : 1));
        else panBy(cy, -dx * PAN, -dy * PAN);
      } else return;
      event.preventDefault();
    },
    [arrangement, closeDetails, focused, wholeMap],
  );

  // Dragging from one organisation to another saves a tie of the chosen kind (the server checks it).
  useTieDrawing(drawing && tieActions ? mapCy : null, drawing, (from, to) => {
    if (!tieActions) return;
    const form = new FormData();
    form.set('from', from);
    form.set('to', to);
    form.set('kind', drawKind);
    startDraw(async () => setDrawResult(await tieActions.create({ ...IDLE_STATE, tie: null }, form)));
  });

  const details = focusedEntry ? (
    <FocusPanel
      entry={focusedEntry}
      houseId={network.house.id}
      onClose={closeDetails}
      onZoom={focusedEntry.placement === 'ring' ? zoomToFocused : undefined}
      zoomed={zoomedTo === focusedEntry.key}
      onWholeMap={wholeMap}
    >
      {saveEntry ? <EntryEditor key={focusedEntry.key} entry={focusedEntry} action={saveEntry} forums={network.forums} /> : null}
      {focusedActorId ? <TieEditor key={`ties:${focusedEntry.key}`} network={network} actorId={focusedActorId} actions={tieActions} /> : null}
    </FocusPanel>
  ) : null;
  // Phones and narrow windows: the details slide up over the map's lower part (not in full screen, which shows only the panel).
  const inSheet = details !== null && !wide && !fullscreen.active;

  // The chosen actor stays in sight above the sheet: the page brings the map's top to the top of
  // the screen when the sheet would cover most of it, and the map pans the actor into the strip left free.
  useEffect(() => {
    if (!inSheet || !focused) return;
    const frame = requestAnimationFrame(() => {
      const cy = handle.current.cy;
      const sheet = document.querySelector('[data-testid="bottom-sheet"]');
      const node = cy?.getElementById(focused);
      if (!cy || !sheet || !mapBox.current || !node || node.empty()) return;
      const sheetTop = sheet.getBoundingClientRect().top;
      if (sheetTop - Math.max(mapBox.current.getBoundingClientRect().top, 0) < sheetTop * 0.6) mapBox.current.scrollIntoView({ block: 'start' });
      const box = mapBox.current.getBoundingClientRect();
      const top = Math.max(box.top, 0);
      const bottom = Math.min(box.bottom, sheetTop);
      const y = box.top + node.renderedPosition().y;
      if (bottom - top < 40 || (y > top + 24 && y < bottom - 24)) return;
      cy.animate({ panBy: { x: 0, y: (top + bottom) / 2 - y } }, { duration: 200 });
    });
    return () => cancelAnimationFrame(frame);
  }, [inSheet, focused]);

  const hint = (
    <p className="rounded-lg bg-paper p-3 text-sm text-muted">
      Klik op een actor op de kaart, of op ‘Toon’ in de tabel, om zijn band met het huis te zien. Een ingekorte naam staat voluit als u de muis erop houdt.
    </p>
  );

  return (
    <div className="space-y-6" data-wide-map>
      <MapSummary entries={model.entries} />
      {/* The map takes the window's width and, from a laptop up, its height: the council reads it. */}
      <div
        id="kaart"
        ref={panel}
        // Any move of the pointer over the panel (a page may open with the pointer already on
        // it: no enter then), a wheel, a touch or the focus coming in.
        onPointerMove={engage}
        onPointerDown={engage}
        onWheel={engage}
        onFocusCapture={engage}
        data-fullscreen={fullscreen.active}
        className={
          fullscreen.active
            ? 'flex h-full flex-col overflow-hidden bg-white'
            : '-mx-4 scroll-mt-0 overflow-hidden border-y border-black/10 bg-white sm:mx-0 sm:rounded-xl sm:border lg:-mx-6 lg:flex lg:h-[100dvh] lg:flex-col lg:rounded-none lg:border-x-0'
        }
      >
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
            extraToggles={<TieToggle count={network.ties?.length ?? 0} show={showTies} onShow={setShowTies} />}
          />
          {fullscreen.active ? null : (
            <MapExports houseId={network.house.id} houseName={network.house.name} model={model} layout={layout} handle={handle} decorations={decorations} />
          )}
        </div>
        {/* One row for arranging and for the ties (each wraps to its own row only when it needs the
            width): every row of controls is taken from the map's height on a laptop. */}
        <div className="flex flex-wrap border-b border-black/10 bg-white empty:hidden print:hidden">
          <ArrangementBar arrangement={arrangement} layout={layout} canEdit={arrangementActions !== null} />
          <TieBar
            onShow={setShowTies}
            canDraw={tieActions !== null && !arrangement.editing}
            drawing={drawing}
            onDrawing={setDrawing}
            kind={drawKind}
            onKind={setDrawKind}
            result={drawResult}
            pending={drawPending}
          />
        </div>
        <div className={fullscreen.active ? 'grid min-h-0 flex-1 grid-cols-[minmax(0,1fr)_300px]' : 'min-h-0 min-w-0 lg:flex-1'}>
          <div
            ref={mapBox}
            tabIndex={0}
            role="group"
            aria-label="Kaart"
            aria-describedby="kaart-toetsen"
            onKeyDown={onMapKey}
            onPointerDown={() => mapBox.current?.focus({ preventScroll: true })}
            data-testid="map-box"
            data-editing={arrangement.editing}
            className={`relative min-w-0 focus-visible:outline-offset-[-3px] ${fullscreen.active ? 'h-full border-r border-black/10' : 'h-[min(72svh,620px)] sm:h-[700px] lg:h-full'}`}
          >
            <p id="kaart-toetsen" className="sr-only">
              Toetsen op de kaart: plus en min zoomen, 0 toont de hele kaart, de pijltjes verschuiven het beeld
              {arrangement.editing ? ' of, bij het schikken, de gekozen actor' : ''}, Escape sluit de details.
            </p>
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
              onCy={setMapCy}
              label={`Netwerkkaart van ${network.house.name}. Dezelfde gegevens staan in de tabel onder de kaart.`}
              arrangement={arrangement.positions}
              firstPicture={firstPicture}
              fill
            />
            {arrangement.editing ? <div className="pointer-events-none absolute inset-0 z-[1] ring-4 ring-inset ring-[#a67c12]/50" aria-hidden="true" /> : null}
            <MapControls
              onZoomIn={() => withMap((cy) => zoomBy(cy, ZOOM_STEP))}
              onZoomOut={() => withMap((cy) => zoomBy(cy, 1 / ZOOM_STEP))}
              onFit={wholeMap}
              fullscreen={fullscreen}
            />
            {zoomedTo && focusedEntry ? (
              <button
                type="button"
                onClick={wholeMap}
                className="absolute left-2 top-2 z-10 max-w-[70%] truncate rounded-full border border-black/15 bg-white px-3 py-1.5 text-sm shadow-sm hover:bg-brand-soft"
                data-testid="focus-chip"
              >
                Focus: {focusedEntry.name} · <span className="font-medium text-brand">Hele kaart</span>
              </button>
            ) : null}
            {/* From a laptop up the details lie over the map's right side, left of its buttons. */}
            {details && !inSheet && !fullscreen.active ? (
              <aside
                className="absolute right-14 top-2 z-10 max-h-[calc(100%-1rem)] w-[22rem] overflow-y-auto rounded-xl border border-black/10 bg-white shadow-lg"
                aria-label="Details"
              >
                {details}
              </aside>
            ) : null}
          </div>
          {fullscreen.active ? (
            <aside className="space-y-4 overflow-y-auto bg-white p-4" aria-label="Legende en details">
              {details ?? hint}
              <MapLegend />
              <TieLegend />
              <MapTray entries={model.entries} onSelect={select} />
            </aside>
          ) : null}
        </div>
      </div>
      {fullscreen.active ? null : (
        <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]" aria-label="Legende en lade">
          <div className="space-y-3 rounded-xl border border-black/10 bg-white p-4">
            {focusedEntry ? null : hint}
            <MapLegend />
            <TieLegend compact />
          </div>
          <MapTray entries={model.entries} onSelect={select} />
        </div>
      )}
      {inSheet ? (
        <BottomSheet labelledBy="focus-titel" onClose={closeDetails}>
          {details}
        </BottomSheet>
      ) : null}
      {/* Below the map: laid out when the reader nears it (content-visibility), not on load. */}
      <section aria-labelledby="tabel-titel" className={DRAWN_LATER}>
        <h2 id="tabel-titel" className="mb-2 text-lg font-semibold">
          Tabel van de kaart
        </h2>
        {/* Built in the browser from the map's own data: the server does not send it twice. */}
        {hydrated ? (
          <>
            <EntryTable entries={model.entries} onSelect={selectFromList} />
            <h3 className="mb-2 mt-4 font-semibold">Samenwerking tussen partners ({network.ties?.length ?? 0})</h3>
            <TieTable ties={network.ties ?? []} names={names} caption="Samenwerking tussen de organisaties van het huis" />
          </>
        ) : (
          <p className="rounded-xl border border-black/10 bg-white p-4 text-sm text-muted">De tabel wordt opgebouwd…</p>
        )}
      </section>
    </div>
  );
}

const EMPTY: Record<string, string> = {};
