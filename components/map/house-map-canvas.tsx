'use client';

import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useRef } from 'react';
import { arrangedPositions } from '@/lib/domain/arrangement';
import { LAYOUTS, type LayoutName, type Positions } from '@/lib/map/layouts';
import { FORCE_DEFAULTS } from '@/lib/map/layouts/force';
import { mapStylesheet, presentationStylesheet } from '@/lib/map/stylesheet';
import type { MapElement, MapModel } from '@/lib/map/to-elements';

let registered = false;
function registerExtensions() {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

export interface MapCanvasHandle {
  cy: Core | null;
}

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
  /** The projector: larger labels, and the canvas fills its parent instead of a fixed height. */
  presentation?: boolean;
  /** The house's own arrangement (saved, or being dragged): these nodes stand here, the others where the layout puts them. */
  arrangement?: Positions | null;
  /** The canvas fills its parent, whose size the page sets (map panel, full screen). */
  fill?: boolean;
}

/**
 * The one component that owns the Cytoscape instance: created once on mount, destroyed on
 * unmount, patched inside cy.batch() when the data changes (diffed by element id), laid out
 * again only when the layout or the set of nodes changes. React never rebuilds the graph.
 */
export function HouseMapCanvas({ elements, model, layout, hidden, matches, focused, decorations, onSelect, handle, label, presentation = false, arrangement = null, fill = false }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  const laidOut = useRef<{ layout: LayoutName; nodes: string; arrangement: Positions | null } | null>(null);
  onSelectRef.current = onSelect;

  useEffect(() => {
    registerExtensions();
    laidOut.current = null;
    const cy = cytoscape({
      container: container.current,
      style: (presentation ? presentationStylesheet() : mapStylesheet()) as unknown as cytoscape.StylesheetJson,
      elements: [],
      minZoom: 0.15,
      maxZoom: 3,
      boxSelectionEnabled: false,
      autoungrabify: true,
      autounselectify: true,
    });
    cy.on('tap', 'node.entry', (event) => onSelectRef.current(event.target.id()));
    cy.on('tap', (event) => {
      if (event.target === cy) onSelectRef.current(null);
    });
    cy.on('mouseover', 'node.entry', () => container.current?.style.setProperty('cursor', 'pointer'));
    cy.on('mouseout', 'node.entry', () => container.current?.style.removeProperty('cursor'));
    cyRef.current = cy;
    handle.current = { cy };
    (window as unknown as { netwerkkaartMap?: { cy: Core } }).netwerkkaartMap = { cy };
    return () => {
      handle.current = { cy: null };
      cyRef.current = null;
      cy.destroy();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the style is chosen once, with the instance
  }, [handle]);

  // Patch the elements and lay out again when needed.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const started = performance.now();
    const wanted = new Map(elements.map((e) => [e.data.id, e]));
    const nodeIds = elements.filter((e) => e.group === 'nodes').map((e) => e.data.id).sort().join('|');
    cy.batch(() => {
      cy.elements().forEach((ele) => {
        if (!wanted.has(ele.id())) ele.remove();
      });
      const toAdd: ElementDefinition[] = [];
      // Parents first, so children can be placed in them.
      const ordered = [...elements].sort((a, b) => Number(b.data.kind === 'cluster') - Number(a.data.kind === 'cluster') || Number(a.group === 'edges') - Number(b.group === 'edges'));
      for (const def of ordered) {
        const existing = cy.getElementById(def.data.id);
        if (existing.empty()) {
          toAdd.push({ group: def.group, data: { ...def.data }, classes: def.classes } as ElementDefinition);
          continue;
        }
        const { parent, ...data } = def.data;
        existing.data(data);
        existing.classes(def.classes);
        if (def.group === 'nodes' && (existing.data('parent') ?? null) !== (parent ?? null)) {
          existing.move({ parent: (parent as string | undefined) ?? null });
        }
      }
      if (toAdd.length) cy.add(toAdd);
    });

    const previous = laidOut.current;
    const sameNodes = previous?.layout === layout && previous.nodes === nodeIds;
    const definition = LAYOUTS[layout];
    const done = () => {
      const el = container.current;
      if (!el) return;
      el.dataset.layout = layout;
      el.dataset.layoutReady = 'true';
      el.dataset.layoutMs = String(Math.round(performance.now() - started));
      // When the map became interactive, on the page's clock (bench/ compares it with the response).
      el.dataset.readyAt = String(Math.round(performance.now()));
      el.dataset.nodes = String(cy.nodes('.entry').length);
    };
    if (definition.positions) {
      const positions = arrangedPositions(definition.positions(model), arrangement);
      const first = previous === null || previous.layout !== layout;
      cy.batch(() => {
        cy.nodes().forEach((node) => {
          const p = positions[node.id()];
          if (!p || node.isParent()) return;
          if (first || cy.nodes().length > 400) node.position(p);
          else if (node.position().x !== p.x || node.position().y !== p.y) node.animate({ position: p }, { duration: 450, easing: 'ease-in-out-cubic' });
        });
      });
      if (first || presentation) cy.fit(undefined, presentation ? 40 : 24);
      done();
    } else if (!sameNodes || previous?.arrangement !== arrangement) {
      // Force: start from the rings so the result is the same on every visit.
      const rings = LAYOUTS.ringen.positions!(model);
      cy.nodes().forEach((node) => {
        const p = arrangement?.[node.id()] ?? rings[node.id()];
        if (p) node.position(p);
      });
      // An arrangement holds its nodes where they were put; the force places only the others.
      const fixed = arrangement ? cy.nodes().filter((n) => !n.isParent() && Boolean(arrangement[n.id()])) : cy.collection();
      if (arrangement && fixed.length === cy.nodes().filter((n) => !n.isParent()).length) {
        if (previous?.layout !== layout) cy.fit(undefined, 24);
        done();
      } else {
        const fixedNodeConstraint = fixed.map((n) => ({ nodeId: n.id(), position: { ...arrangement![n.id()] } }));
        const run = cy.layout({ ...FORCE_DEFAULTS, ...(fixedNodeConstraint.length ? { fixedNodeConstraint } : {}) } as unknown as cytoscape.LayoutOptions);
        run.one('layoutstop', done);
        run.run();
      }
    } else {
      done();
    }
    laidOut.current = { layout, nodes: nodeIds, arrangement };
  }, [elements, model, layout, presentation, arrangement]);

  // Visual states: filters, search, focus, comparison. Classes only, never inline styles.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
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
  }, [hidden, matches, focused, decorations, elements]);

  return (
    <div
      ref={container}
      role="img"
      aria-label={label}
      data-testid="house-map"
      className={presentation || fill ? 'h-full min-h-[320px] w-full bg-white' : 'h-[480px] w-full bg-white sm:h-[700px]'}
    />
  );
}
