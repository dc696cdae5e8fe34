'use client';

import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { RegionalElement } from '@/lib/domain/overview/regional-elements';
import { regionalStylesheet } from '@/lib/domain/overview/regional-style';

/** The smallest label on screen, in CSS pixels (DESIGN.md: every label readable, >= 12 px). */
const MIN_LABEL_PX = 12;

let registered = false;
function registerFcose() {
  if (registered) return;
  try {
    cytoscape.use(fcose);
  } catch {
    // Already registered by another picture on the page (the house map): fine.
  }
  registered = true;
}

/**
 * The one component that owns the regional Cytoscape instance: created once on mount with the
 * elements and their computed starting positions, refined once by fcose (not randomised, so the
 * same data gives the same picture), destroyed on unmount. Selection is shown with classes.
 */
export function RegionalMapCanvas({
  elements,
  selected,
  onSelect,
  label,
}: {
  elements: RegionalElement[];
  selected: string | null;
  onSelect: (id: string | null) => void;
  label: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  // The latest callback, read when a node is tapped.
  const select = useEffectEvent((id: string | null) => onSelect(id));
  const [clamped, setClamped] = useState(false);

  // The elements are fixed for the life of the page (a new selection is a new page, keyed by its
  // region), so the instance is built once on mount from the elements of that render.
  const mountCy = useEffectEvent(() => {
    registerFcose();
    const cy = cytoscape({
      container: container.current,
      elements: elements as cytoscape.ElementDefinition[],
      style: regionalStylesheet() as unknown as cytoscape.StylesheetJson,
      minZoom: 0.2,
      maxZoom: 3,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      autoungrabify: false,
      autounselectify: true,
      layout: { name: 'preset' },
    });
    const layout = cy.layout({
      name: 'fcose',
      randomize: false,
      animate: false,
      quality: 'default',
      // Labels count as part of a node, so fcose keeps them apart too (one region is small
      // enough to show every label at a readable size).
      nodeDimensionsIncludeLabels: true,
      nodeRepulsion: (node: cytoscape.NodeSingular) => (node.hasClass('house') ? 150000 : 60000),
      idealEdgeLength: () => 150,
      edgeElasticity: () => 0.3,
      nodeSeparation: 120,
      gravity: 0.15,
      tilingPaddingVertical: 30,
      tilingPaddingHorizontal: 30,
      fit: true,
      padding: 20,
    } as cytoscape.LayoutOptions);
    layout.one('layoutstop', () => {
      // Labels stay legible (>= 12 px on screen): a region too large for the frame at that
      // zoom is shown from its centre and dragged to see the rest, rather than shrunk to specks.
      const smallest = Math.min(...cy.nodes().map((n) => parseFloat(n.style('font-size'))));
      const legible = MIN_LABEL_PX / smallest;
      if (cy.zoom() < legible) {
        cy.zoom(legible);
        cy.center();
        setClamped(true);
      }
      cy.minZoom(legible);
      const element = container.current;
      element?.setAttribute('data-min-label-px', String(Math.round(smallest * cy.zoom() * 10) / 10));
      element?.setAttribute('data-layout-ready', 'true');
    });
    layout.run();
    cy.on('tap', 'node', (event) => select(event.target.id()));
    cy.on('mouseover', 'node.house', () => container.current?.style.setProperty('cursor', 'pointer'));
    cy.on('mouseout', 'node.house', () => container.current?.style.removeProperty('cursor'));
    cy.on('tap', (event) => {
      if (event.target === cy) select(null);
    });
    cyRef.current = cy;
    (window as unknown as { netwerkkaartRegio?: { cy: Core } }).netwerkkaartRegio = { cy };
    return () => {
      cyRef.current = null;
      cy.destroy();
    };
  });
  useEffect(() => mountCy(), []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('faded highlighted');
      if (!selected) return;
      const node = cy.getElementById(selected);
      if (node.empty()) return;
      const neighbourhood = node.closedNeighborhood();
      cy.elements().not(neighbourhood).addClass('faded');
      neighbourhood.addClass('highlighted');
    });
  }, [selected]);

  return (
    <>
      <div
        ref={container}
        role="img"
        aria-label={label}
        data-testid="regional-map"
        className="h-[520px] w-full rounded-xl border border-black/10 bg-white sm:h-[680px]"
      />
      {clamped ? <p className="mt-1 text-xs text-muted">Niet de hele regio past leesbaar in het kader: sleep de kaart om de rest te zien.</p> : null}
    </>
  );
}
