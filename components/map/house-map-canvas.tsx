'use client';

import type { Core } from 'cytoscape';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { arrangedPositions } from '@/lib/domain/arrangement';
import type { FirstPictureOnPage } from '@/lib/domain/map/first-picture';
import { LAYOUTS, type LayoutName, type Positions } from '@/lib/domain/map/layouts';
import { clusterFrames, clusterNodeId } from '@/lib/domain/map/layouts/cluster-frames';
import { specSize } from '@/lib/domain/map/layouts/keep-and-place';
import { HOUSE_NODE_ID } from '@/lib/domain/map/node-ids';
import { nodeSpecs } from '@/lib/domain/map/node-specs';
import { BARE_MARGIN } from '@/lib/domain/map/picture-margin';
import { mapStylesheet, presentationStylesheet } from '@/lib/domain/map/stylesheet';
import type { MapElement, MapModel } from '@/lib/domain/map/to-elements';
import { applyPlacement } from './apply-placement';
import { nodeAtPoint } from './first-picture-hit';
import { arrangeOffThread, warmLayoutWorker, type Arranged } from './arrange-off-thread';
import { FIT_MAX_ZOOM, FIT_PADDING, PRESENTATION_PADDING, READABLE_ZOOM, allInView, fitMap, steadyRefit } from './map-viewport';
import { patchElements } from './patch-elements';

type Cytoscape = typeof import('cytoscape');

let library: Promise<Cytoscape> | null = null;
/**
 * Cytoscape, loaded after the page is up (not in the page's first script): the page shows and
 * answers sooner, the map follows. (The force layout's fcose runs in the layout worker.)
 */
function loadCytoscape(): Promise<Cytoscape> {
  library ??= import('cytoscape').then(({ default: cytoscape }) => cytoscape);
  return library;
}

export interface MapCanvasHandle {
  cy: Core | null;
  /**
   * While the server's first picture stands: start the map engine, and do `work` with it once it
   * has drawn the map (a zoom button pressed before it took over).
   */
  engage?: (work?: (cy: Core) => void) => void;
}

/** Below this width the map is laid out for a phone: only the strongest partners are named. */
const COMPACT_WIDTH = 640;
/** How long the view takes to glide when an edit brought part of the map out of it. */
const REFIT_MS = 250;

interface Props {
  elements: MapElement[];
  model: MapModel;
  layout: LayoutName;
  /** Node ids hidden by the filters. */
  hidden: ReadonlySet<string>;
  /** Node ids matching the search. */
  matches: ReadonlySet<string>;
  focused: string | null;
  /** Extra classes per node id (snapshot comparison). */
  decorations: Record<string, string>;
  onSelect: (key: string | null) => void;
  handle: React.RefObject<MapCanvasHandle>;
  /**
   * Told the Cytoscape instance when the canvas makes it, and null when it goes: for a parent
   * that needs it while rendering (the workspace's tie drawing), where a ref may not be read.
   */
  onCy?: (cy: Core | null) => void;
  label: string;
  /** The projector: heavier lines, and the canvas fills its parent instead of a fixed height. */
  presentation?: boolean;
  /** The house's own arrangement (saved, or being dragged): these nodes stand here, the others where the layout puts them. */
  arrangement?: Positions | null;
  /** The canvas fills its parent, whose size the page sets (map panel, full screen). */
  fill?: boolean;
  /**
   * The server's picture of this map (lib/domain/map/first-picture.ts): shown at once, with no
   * map engine running, until the reader reaches for the map or anything changes it; then
   * Cytoscape draws the same positions and takes over.
   */
  firstPicture?: FirstPictureOnPage | null;
}

interface VisualStates {
  hidden: ReadonlySet<string>;
  matches: ReadonlySet<string>;
  focused: string | null;
  decorations: Record<string, string>;
}

/** Filters, search, focus and comparison as classes on the map's elements. */
function applyVisualStates(cy: Core, { hidden, matches, focused, decorations }: VisualStates): void {
  cy.batch(() => {
    cy.elements().removeClass('hidden faded highlighted focused search-match diff-added diff-changed diff-removed');
    cy.nodes('.entry').forEach((node) => {
      if (hidden.has(node.id())) {
        node.addClass('hidden');
        node.connectedEdges().addClass('hidden');
      }
      if (matches.has(node.id())) node.addClass('search-match');
      const extra = decorations[node.id()];
      if (extra) node.addClass(extra);
    });
    if (focused) {
      const node = cy.getElementById(focused);
      if (node.nonempty()) {
        const keep = node.closedNeighborhood().union(node.incomers().sources().incomers()).union(cy.getElementById('house'));
        cy.elements().not(keep).not('.cluster').addClass('faded');
        node.addClass('focused');
        keep.edges().addClass('highlighted');
      }
    }
  });
}

/** What the canvas drew last: enough to keep every node in place on the next change. */
interface Drawn {
  layout: LayoutName;
  compact: boolean;
  /** The group (ring, cluster) each node was placed in, and its drawn size. */
  groups: Record<string, string>;
  sizes: Record<string, string>;
  /** The layout's own positions, before the house's arrangement: what a reset goes back to. */
  base: Positions;
  /** Where every node stands (the base with the arrangement over it). */
  drawn: Positions;
  elements: MapElement[];
  arrangement: Positions | null;
}

/**
 * The one component that owns the Cytoscape instance: created once on mount, destroyed on
 * unmount, patched inside cy.batch() when the data changes (diffed by element id). Positions come
 * from the layout registry (lib/domain/map/layouts), computed off the main thread: a first picture (or
 * another layout) is laid out afresh and fitted; after an edit every node that stays keeps its
 * place, new nodes slide into free room, removed ones fade, and the view moves no node more than
 * STEADY_PX on screen. The house's own arrangement wins for the nodes it names, in every layout;
 * dragging (the arrangement changing alone) moves nothing else and leaves the view as it is.
 * Labels go where the layout's label rule puts them.
 */
export function HouseMapCanvas({
  elements,
  model,
  layout,
  hidden,
  matches,
  focused,
  decorations,
  onSelect,
  // A ref (named so: the React Compiler's lint then lets effects and handlers set and read it).
  handle: handleRef,
  onCy,
  label,
  presentation = false,
  arrangement = null,
  fill = false,
  firstPicture = null,
}: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const laidOut = useRef<Drawn | null>(null);
  /** The first picture's layout, asked of the worker before Cytoscape is up (same inputs, same answer). */
  const early = useRef<{ key: string; model: MapModel; promise: Promise<Arranged> } | null>(null);
  const runs = useRef(0);
  const [ready, setReady] = useState(false);

  // The server's picture stands until the reader reaches for the map (engage) or anything the map
  // shows changes (a filter, a search, another layout, an edit, a selection in the table).
  const [initial] = useState(() => ({ elements, model, layout, hidden, matches, focused, decorations, arrangement }));
  const [asked, setAsked] = useState(false);
  const [drawn, setDrawn] = useState(false);
  const changed =
    initial.elements !== elements ||
    initial.layout !== layout ||
    initial.hidden !== hidden ||
    initial.matches !== matches ||
    initial.focused !== focused ||
    initial.decorations !== decorations ||
    initial.arrangement !== arrangement;
  const engaged = firstPicture === null || asked || changed;
  const waitingWork = useRef<((cy: Core) => void)[]>([]);
  const askedOnce = useRef(false);
  const picture = firstPicture && !drawn && firstPicture.layout === layout ? firstPicture : null;

  // Effect Events (react.dev/reference/react/useEffectEvent): what Cytoscape's listeners and the
  // layout's late answers call. They see the latest props without being a reason to remake the
  // map or lay it out again, and no ref is written while rendering.
  const select = useEffectEvent((key: string | null) => onSelect(key));
  const tellCy = useEffectEvent((cy: Core | null) => onCy?.(cy));
  /** The style is chosen once, with the instance. */
  const stylesheet = useEffectEvent(() => (presentation ? presentationStylesheet() : mapStylesheet()));
  const markEngaged = useEffectEvent((el: HTMLElement) => {
    if (firstPicture) el.dataset.engagedAt = String(Math.round(performance.now()));
  });
  /** Filters, search, focus, comparison as they are now: a layout answering late applies these. */
  const applyCurrentVisualStates = useEffectEvent((cy: Core) => applyVisualStates(cy, { hidden, matches, focused, decorations }));
  /**
   * The server's positions of this layout, when its first picture drew this very model. Read as
   * the layout starts; a new first picture (the page refreshed after an edit) is no reason to lay
   * the map out again.
   */
  const serverPositions = useEffectEvent((at: LayoutName, of: MapModel, compact: boolean): Positions | null =>
    firstPicture?.layout === at && of === initial.model ? firstPicture[compact ? 'compact' : 'wide'].base : null,
  );

  useEffect(() => {
    handleRef.current = {
      cy: cyRef.current,
      engage: (work) => {
        if (work) waitingWork.current.push(work);
        // Called on every pointer move over the panel: one state change is enough.
        if (askedOnce.current) return;
        askedOnce.current = true;
        setAsked(true);
      },
    };
    if (engaged || !container.current) return;
    // The first picture answers from here on: this is when the map became interactive.
    const el = container.current;
    el.dataset.firstPicture = 'svg';
    el.dataset.readyAt = String(Math.round(performance.now()));
    el.dataset.nodes = String(initial.elements.filter((e) => e.group === 'nodes' && e.classes?.includes('entry')).length);
  }, [handleRef, engaged, initial]);

  useEffect(() => {
    if (!engaged) return;
    let cancelled = false;
    let created: Core | null = null;
    if (container.current) markEngaged(container.current);
    warmLayoutWorker();
    void loadCytoscape().then((cytoscape) => {
      if (cancelled || !container.current) return;
      laidOut.current = null;
      const cy = cytoscape({
        container: container.current,
        style: stylesheet() as unknown as import('cytoscape').StylesheetJson,
        elements: [],
        minZoom: 0.15,
        maxZoom: 3,
        boxSelectionEnabled: false,
        autoungrabify: true,
        autounselectify: true,
      });
      cy.on('tap', 'node.entry, node.forum', (event) => {
        // On a phone a tap also shows the name of a node that carries none on the map.
        cy.nodes('.label-shown').not(event.target).removeClass('label-shown');
        event.target.addClass('label-shown');
        if (event.target.hasClass('entry')) select(event.target.id());
      });
      cy.on('tap', (event) => {
        if (event.target !== cy) return;
        cy.nodes('.label-shown').removeClass('label-shown');
        select(null);
      });
      // The full name on hover (a label may be shortened).
      cy.on('mouseover', 'node.entry, node.forum, node.house', (event) => {
        const el = container.current;
        if (!el) return;
        if (event.target.hasClass('entry')) el.style.setProperty('cursor', 'pointer');
        el.title = String(event.target.data('fullName') ?? '');
      });
      cy.on('mouseout', 'node', () => {
        container.current?.style.removeProperty('cursor');
        container.current?.removeAttribute('title');
      });
      cyRef.current = cy;
      created = cy;
      handleRef.current = { ...handleRef.current, cy };
      (window as unknown as { netwerkkaartMap?: { cy: Core } }).netwerkkaartMap = { cy };
      setReady(true);
      tellCy(cy);
    });
    return () => {
      cancelled = true;
      handleRef.current = { ...handleRef.current, cy: null };
      cyRef.current = null;
      if (created) tellCy(null);
      created?.destroy();
      setReady(false);
    };
  }, [handleRef, engaged]);

  // Patch the elements and place the nodes.
  useEffect(() => {
    const cy = cyRef.current;
    const el = container.current;
    if (!el) return;
    const compact = el.clientWidth > 0 && el.clientWidth < COMPACT_WIDTH;
    const screen = compact ? el.clientWidth / Math.max(1, el.clientHeight) : undefined;
    const houseName = String(elements.find((e) => e.data.id === HOUSE_NODE_ID)?.data.fullName ?? '');
    const list = layout === 'clusters';
    const specs = nodeSpecs(houseName, model, { list });
    const layoutSpecs = compact ? nodeSpecs(houseName, model, { compact, list }) : specs;
    const key = `${layout}|${compact}|${screen ?? ''}`;
    if (!cy) {
      if (!engaged || laidOut.current) return;
      // Cytoscape is still loading: the first picture's positions are the server's when it drew
      // this layout (the same pure layout), else the worker lays it out meanwhile.
      const server = serverPositions(layout, model, compact);
      early.current = {
        key,
        model,
        promise: server ? Promise.resolve({ positions: server, arrangedIn: 'server' }) : arrangeOffThread(layout, layoutSpecs, null, { screen }),
      };
      return;
    }
    const started = performance.now();
    const run = (runs.current += 1);
    const current = () => runs.current === run && cyRef.current === cy;
    el.dataset.layoutReady = 'false';
    const padding = presentation ? PRESENTATION_PADDING : FIT_PADDING;
    const previous = laidOut.current;
    const fresh = !previous || previous.layout !== layout || previous.compact !== compact;
    // Whether the reader saw the whole map: only then does an edit bring what fell outside back in.
    const wasInView = !fresh && allInView(cy, padding);

    const quiet = new Set(layoutSpecs.filter((s, i) => s.lines.length === 0 && specs[i].lines.length > 0).map((s) => s.id));
    const definition = LAYOUTS[layout];
    const groups = Object.fromEntries(layoutSpecs.map((s) => [s.id, definition.groupOf(s)]));
    const sizes = Object.fromEntries(layoutSpecs.map((s) => [s.id, specSize(s)]));

    const done = (settleMs: number, refit: boolean) => {
      const finish = () => {
        if (!current()) return;
        el.dataset.layout = layout;
        el.dataset.layoutReady = 'true';
        el.dataset.layoutMs = String(Math.round(performance.now() - started - settleMs));
        // When the map became interactive, on the page's clock (bench/ compares it with the response).
        el.dataset.readyAt = String(Math.round(performance.now() - settleMs));
        el.dataset.nodes = String(cy.nodes('.entry').not('.leaving').length);
        setDrawn(true);
        for (const work of waitingWork.current.splice(0)) work(cy);
      };
      const settled = () => {
        if (!current()) return;
        const to = refit ? steadyRefit(cy, padding) : null;
        if (!to) return finish();
        cy.animate(to, { duration: REFIT_MS, easing: 'ease-in-out-cubic' });
        setTimeout(finish, REFIT_MS + 30);
      };
      if (settleMs > 0) setTimeout(settled, settleMs + 30);
      else settled();
    };
    const place = (at: Positions, animate: boolean, added: ReadonlySet<string>) => {
      const settle = applyPlacement(cy, { specs, positions: at, rule: definition.labelRule, animate, added, quiet });
      // A cluster's name wraps at its frame's width, as the layout reserved room for it.
      if (list) for (const frame of clusterFrames(layoutSpecs, at)) cy.getElementById(clusterNodeId(frame.code)).data('label', frame.titleLines.join('\n'));
      return settle;
    };
    const remember = (base: Positions, drawn: Positions) => {
      laidOut.current = { layout, compact, groups, sizes, base, drawn, elements, arrangement };
    };

    // Only the arrangement changed (a node dropped, a save, a reset, a stale answer): the nodes
    // it names go to their place, the others back to the layout's; the view stays where it is.
    if (previous && !fresh && previous.elements === elements && previous.arrangement !== arrangement) {
      const drawn = arrangedPositions(previous.base, arrangement);
      remember(previous.base, drawn);
      done(place(drawn, true, new Set()), false);
      return;
    }

    // After an edit the layout starts from the map as it stands: what the reader sees keeps its place.
    const standing = fresh ? null : { positions: previous.drawn, groups: previous.groups, sizes: previous.sizes };
    const asked =
      fresh && early.current?.key === key && early.current.model === model
        ? early.current.promise
        : arrangeOffThread(layout, layoutSpecs, standing, { screen });
    early.current = null;
    void asked.then(({ positions: arranged, arrangedIn }) => {
      if (!current()) return;
      el.dataset.arrangedIn = arrangedIn;
      const base = fresh ? arranged : keepBase(arranged, previous!, arrangement);
      const added = patchElements(cy, elements, !fresh, fresh);
      const drawn = arrangedPositions(base, arrangement);
      remember(base, drawn);
      applyCurrentVisualStates(cy);
      const settleMs = place(drawn, !fresh && cy.nodes().length <= 400, added);
      if (fresh) fitMap(cy, padding, compact);
      done(settleMs, wasInView);
    });
  }, [elements, model, layout, presentation, ready, arrangement, engaged]);

  // Visual states: filters, search, focus, comparison. Classes only, never inline styles. Also
  // applied again once a (re)placed map has its elements, which may come after this effect.
  useEffect(() => {
    const cy = cyRef.current;
    if (cy) applyVisualStates(cy, { hidden, matches, focused, decorations });
  }, [hidden, matches, focused, decorations, elements, ready]);

  const canvas = (
    <div
      ref={container}
      role="img"
      aria-label={label}
      data-testid="house-map"
      className={presentation || fill ? 'h-full min-h-[320px] w-full bg-white' : 'h-[70dvh] min-h-[420px] w-full bg-white lg:h-full lg:min-h-0'}
    />
  );
  if (!picture) return canvas;
  return (
    <>
      {canvas}
      {/* The server's picture over the canvas, as an image (its SVG comes from its own address),
          until Cytoscape has drawn the same map. A laptop sees the whole map fitted, never blown
          up past the canvas's own limit, at the zoom at which Cytoscape fits the same map (the
          drawing without the picture's margin, FIT_PADDING round it: --wide-zoom, in container
          units, so no script is needed before the first paint); a phone sees it as its canvas
          shows it: at the zoom where the names read, centred on the house. A click on an
          organisation selects it at once. */}
      <div
        className="absolute inset-0 overflow-hidden bg-white [container-type:size] sm:flex sm:items-center sm:justify-center"
        data-testid="first-picture"
        aria-hidden="true"
        onPointerMove={() => handleRef.current.engage?.()}
        onClick={(event) => {
          handleRef.current.engage?.();
          const wide = window.matchMedia('(min-width: 640px)').matches;
          const frame = wide ? picture.wide : picture.compact;
          const hit = nodeAtPoint(
            frame,
            event.currentTarget.querySelector('img')!.getBoundingClientRect(),
            { x: event.clientX, y: event.clientY },
            model.entries.map((e) => e.key),
          );
          if (hit) onSelect(hit);
        }}
        style={
          {
            '--cx': `${picture.compact.house.x * READABLE_ZOOM}px`,
            '--cy': `${picture.compact.house.y * READABLE_ZOOM}px`,
            '--cw': `${picture.compact.width * READABLE_ZOOM}px`,
            '--ch': `${picture.compact.height * READABLE_ZOOM}px`,
            '--wide-zoom': `min(calc((100cqw - ${2 * FIT_PADDING}px) / ${picture.wide.width - 2 * BARE_MARGIN}), calc((100cqh - ${2 * FIT_PADDING}px) / ${picture.wide.height - 2 * BARE_MARGIN}), ${FIT_MAX_ZOOM}px)`,
            '--ww': `calc(var(--wide-zoom) * ${picture.wide.width})`,
            '--wh': `calc(var(--wide-zoom) * ${picture.wide.height})`,
          } as React.CSSProperties
        }
      >
        <picture className="contents">
          <source media="(min-width: 640px)" srcSet={picture.wide.src} />
          <img
            src={picture.compact.src}
            alt=""
            fetchPriority="high"
            draggable={false}
            className="absolute left-[calc(50%-var(--cx))] top-[calc(50%-var(--cy))] h-[var(--ch)] w-[var(--cw)] max-w-none sm:static sm:h-[var(--wh)] sm:w-[var(--ww)] sm:shrink-0"
          />
        </picture>
      </div>
    </>
  );
}

/**
 * The layout's own positions after an edit. The layout kept every node where it stood, which for
 * a node the arrangement names is the arrangement's place: its own place stays the one it had, so
 * a reset still sends it back there.
 */
function keepBase(arranged: Positions, previous: Drawn, arrangement: Positions | null): Positions {
  if (!arrangement) return arranged;
  const base: Positions = { ...arranged };
  for (const id of Object.keys(arranged)) {
    const own = previous.base[id];
    const stood = previous.drawn[id];
    if (arrangement[id] && own && stood && arranged[id].x === stood.x && arranged[id].y === stood.y) base[id] = own;
  }
  return base;
}
