'use client';

import type { Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { LAYOUTS, type LayoutName, type Positions } from '@/lib/map/layouts';
import { clusterFrames, clusterNodeId } from '@/lib/map/layouts/cluster-frames';
import { FORCE_DEFAULTS } from '@/lib/map/layouts/force';
import { specSize } from '@/lib/map/layouts/keep-and-place';
import { removeOverlaps } from '@/lib/map/layouts/remove-overlaps';
import { HOUSE_NODE_ID } from '@/lib/map/node-ids';
import { MAP_FONTS, nodeSpecs } from '@/lib/map/node-specs';
import { mapStylesheet, presentationStylesheet } from '@/lib/map/stylesheet';
import type { MapElement, MapModel } from '@/lib/map/to-elements';
import { applyPlacement } from './apply-placement';
import { arrangeOffThread } from './arrange-off-thread';
import { patchElements } from './patch-elements';

type Cytoscape = typeof import('cytoscape');

let library: Promise<Cytoscape> | null = null;
/**
 * Cytoscape and fcose, loaded after the page is up (not in the page's first script): the page
 * shows and answers sooner, the map follows.
 */
function loadCytoscape(): Promise<Cytoscape> {
  library ??= Promise.all([import('cytoscape'), import('cytoscape-fcose')]).then(([{ default: cytoscape }, { default: fcose }]) => {
    cytoscape.use(fcose);
    return cytoscape;
  });
  return library;
}

export interface MapCanvasHandle {
  cy: Core | null;
}

/** Below this width the map is laid out for a phone: only the strongest partners are named. */
const COMPACT_WIDTH = 640;
/** Room round the picture when it is fitted to the screen, in screen pixels. */
const FIT_PADDING = 8;
/** A small map is not blown up past this zoom: it stays a map, not a poster. */
const FIT_MAX_ZOOM = 1.6;

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
  label: string;
  /** The projector: heavier lines, and the canvas fills its parent instead of a fixed height. */
  presentation?: boolean;
}

/** The zoom at which the map's smallest names read at 12 px. */
const READABLE_ZOOM = 12.2 / MAP_FONTS.actor.size;

/**
 * Fits the whole map into view, never zoomed in past FIT_MAX_ZOOM. On a phone (`readable`) the
 * map never goes below the zoom at which its names read: it centres on the house, one pans.
 */
export function fitMap(cy: Core, padding = FIT_PADDING, readable = false): void {
  const max = cy.maxZoom();
  cy.maxZoom(FIT_MAX_ZOOM);
  cy.fit(cy.elements(':visible'), padding);
  cy.maxZoom(max);
  if (readable && cy.zoom() < READABLE_ZOOM) {
    cy.zoom(READABLE_ZOOM);
    cy.center(cy.getElementById(HOUSE_NODE_ID));
  }
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

/**
 * The one component that owns the Cytoscape instance: created once on mount, destroyed on
 * unmount, patched inside cy.batch() when the data changes (diffed by element id). Positions come
 * from the layout registry (lib/map/layouts): a first picture (or another layout) is laid out
 * afresh and fitted; after an edit every node that stays keeps its place, new nodes slide into
 * free room, removed ones fade. Labels go where the layout's label rule puts them.
 */
export function HouseMapCanvas({ elements, model, layout, hidden, matches, focused, decorations, onSelect, handle, label, presentation = false }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  const laidOut = useRef<{ layout: LayoutName; compact: boolean; groups: Record<string, string>; sizes: Record<string, string>; run: number } | null>(null);
  const runs = useRef(0);
  const [ready, setReady] = useState(false);
  const visual = useRef<VisualStates>({ hidden, matches, focused, decorations });
  onSelectRef.current = onSelect;

  useEffect(() => {
    let cancelled = false;
    let created: Core | null = null;
    void loadCytoscape().then((cytoscape) => {
      if (cancelled || !container.current) return;
      laidOut.current = null;
      const cy = cytoscape({
        container: container.current,
        style: (presentation ? presentationStylesheet() : mapStylesheet()) as unknown as import('cytoscape').StylesheetJson,
        elements: [],
        minZoom: 0.15,
        maxZoom: 3,
        wheelSensitivity: 0.3,
        boxSelectionEnabled: false,
        autoungrabify: true,
        autounselectify: true,
      });
      cy.on('tap', 'node.entry, node.forum', (event) => {
        // On a phone a tap also shows the name of a node that carries none on the map.
        cy.nodes('.label-shown').not(event.target).removeClass('label-shown');
        event.target.addClass('label-shown');
        if (event.target.hasClass('entry')) onSelectRef.current(event.target.id());
      });
      cy.on('tap', (event) => {
        if (event.target !== cy) return;
        cy.nodes('.label-shown').removeClass('label-shown');
        onSelectRef.current(null);
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
      handle.current = { cy };
      (window as unknown as { netwerkkaartMap?: { cy: Core } }).netwerkkaartMap = { cy };
      setReady(true);
    });
    return () => {
      cancelled = true;
      handle.current = { cy: null };
      cyRef.current = null;
      created?.destroy();
      setReady(false);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the style is chosen once, with the instance
  }, [handle]);

  // Patch the elements and place the nodes.
  useEffect(() => {
    const cy = cyRef.current;
    const el = container.current;
    if (!cy || !el) return;
    const started = performance.now();
    const run = (runs.current += 1);
    const current = () => runs.current === run && cyRef.current === cy;
    el.dataset.layoutReady = 'false';
    const compact = el.clientWidth > 0 && el.clientWidth < COMPACT_WIDTH;
    const previous = laidOut.current;
    const fresh = !previous || previous.layout !== layout || previous.compact !== compact;
    // The map as it stands: every node that stays keeps this place.
    const before: Positions = {};
    if (!fresh) cy.nodes().forEach((n) => { if (!n.isParent() && !n.hasClass('leaving')) before[n.id()] = { ...n.position() }; });

    const houseName = String(elements.find((e) => e.data.id === HOUSE_NODE_ID)?.data.fullName ?? '');
    const list = layout === 'clusters';
    const specs = nodeSpecs(houseName, model, { list });
    const layoutSpecs = compact ? nodeSpecs(houseName, model, { compact, list }) : specs;
    const quiet = new Set(layoutSpecs.filter((s, i) => s.lines.length === 0 && specs[i].lines.length > 0).map((s) => s.id));
    const definition = LAYOUTS[layout];
    const screen = compact ? el.clientWidth / Math.max(1, el.clientHeight) : undefined;
    const groups = Object.fromEntries(layoutSpecs.map((s) => [s.id, definition.groupOf(s)]));
    const sizes = Object.fromEntries(layoutSpecs.map((s) => [s.id, specSize(s)]));

    const done = (settleMs: number) => {
      const finish = () => {
        if (!current()) return;
        el.dataset.layout = layout;
        el.dataset.layoutReady = 'true';
        el.dataset.layoutMs = String(Math.round(performance.now() - started - settleMs));
        // When the map became interactive, on the page's clock (bench/ compares it with the response).
        el.dataset.readyAt = String(Math.round(performance.now() - settleMs));
        el.dataset.nodes = String(cy.nodes('.entry').not('.leaving').length);
      };
      if (settleMs > 0) setTimeout(finish, settleMs + 30);
      else finish();
    };

    void arrangeOffThread(layout, layoutSpecs, fresh ? null : { positions: before, groups: previous.groups, sizes: previous.sizes }, { screen }).then((positions) => {
      if (!current()) return;
      laidOut.current = { layout, compact, groups, sizes, run };
      const added = patchElements(cy, elements, !fresh, fresh);
      const place = (at: Positions, animate: boolean) => {
        const settle = applyPlacement(cy, { specs, positions: at, rule: definition.labelRule, animate, added, quiet });
        // A cluster's name wraps at its frame's width, as the layout reserved room for it.
        if (list) for (const frame of clusterFrames(layoutSpecs, at)) cy.getElementById(clusterNodeId(frame.code)).data('label', frame.titleLines.join('\n'));
        return settle;
      };
      if (fresh && definition.refine === 'fcose') {
        // Force: from the rings, so the result is the same on every visit; then labels off each other.
        applyVisualStates(cy, visual.current);
        place(positions, false);
        const force = cy.layout({ ...FORCE_DEFAULTS } as unknown as import('cytoscape').LayoutOptions);
        force.one('layoutstop', () => {
          if (!current()) return;
          const settled: Positions = {};
          cy.nodes().forEach((n) => { if (!n.isParent()) settled[n.id()] = { ...n.position() }; });
          place(removeOverlaps(layoutSpecs, settled, definition.labelRule), false);
          fitMap(cy, presentation ? 24 : FIT_PADDING, compact);
          done(0);
        });
        force.run();
        return;
      }
      applyVisualStates(cy, visual.current);
      const settleMs = place(positions, !fresh && cy.nodes().length <= 400);
      if (fresh) fitMap(cy, presentation ? 24 : FIT_PADDING, compact);
      done(settleMs);
    });
  }, [elements, model, layout, presentation, ready]);

  // Visual states: filters, search, focus, comparison. Classes only, never inline styles. Also
  // applied again once a (re)placed map has its elements, which may come after this effect.
  visual.current = { hidden, matches, focused, decorations };
  useEffect(() => {
    const cy = cyRef.current;
    if (cy) applyVisualStates(cy, visual.current);
  }, [hidden, matches, focused, decorations, elements, ready]);

  return (
    <div
      ref={container}
      role="img"
      aria-label={label}
      data-testid="house-map"
      className={presentation ? 'h-full min-h-[320px] w-full bg-white' : 'h-[70dvh] min-h-[420px] w-full bg-white lg:h-full lg:min-h-0'}
    />
  );
}
