'use client';

import type { Core, NodeSingular } from 'cytoscape';
import { useEffect, useEffectEvent } from 'react';

/** The part of cytoscape-edgehandles' instance used here (v4: enableDrawMode, destroy). */
interface EdgeHandles {
  enableDrawMode(): void;
  disableDrawMode(): void;
  destroy(): void;
}

let registered: Promise<void> | null = null;
/** cytoscape-edgehandles registered once with the same cytoscape the map loaded. */
function registerEdgehandles(): Promise<void> {
  registered ??= Promise.all([import('cytoscape'), import('cytoscape-edgehandles')]).then(([{ default: cytoscape }, { default: edgehandles }]) => {
    cytoscape.use(edgehandles);
  });
  return registered;
}

const ACTOR = 'actor:';

/**
 * Drawing a tie by dragging from one organisation to another on the map (the maintained
 * extension cytoscape-edgehandles, in its draw mode, only while `enabled`). The ghost edge the
 * extension adds is removed at once: the tie is saved by `onDraw` (the server action), and
 * drawn when the map's data comes back. Only named organisations can be joined.
 */
export function useTieDrawing(cy: Core | null, enabled: boolean, onDraw: (fromActorId: string, toActorId: string) => void): void {
  const draw = useEffectEvent(onDraw);
  useEffect(() => {
    if (!cy || !enabled) return;
    let handles: EdgeHandles | null = null;
    let cancelled = false;
    const isActor = (node: NodeSingular) => node.isNode() && node.id().startsWith(ACTOR);
    const complete = (_event: unknown, source: NodeSingular, target: NodeSingular, added: { remove(): void }) => {
      added.remove();
      if (isActor(source) && isActor(target) && source.id() !== target.id()) draw(source.id().slice(ACTOR.length), target.id().slice(ACTOR.length));
    };
    void registerEdgehandles().then(() => {
      if (cancelled || cy.destroyed()) return;
      handles = (cy as unknown as { edgehandles(options: object): EdgeHandles }).edgehandles({
        canConnect: (source: NodeSingular, target: NodeSingular) => isActor(source) && isActor(target) && source.id() !== target.id(),
        edgeParams: () => ({ classes: 'tie-draft' }),
        hoverDelay: 80,
        snap: true,
        snapThreshold: 30,
        noEdgeEventsInDraw: true,
        disableBrowserGestures: true,
      });
      handles.enableDrawMode();
      cy.on('ehcomplete', complete as never);
    });
    return () => {
      cancelled = true;
      cy.off('ehcomplete', complete as never);
      handles?.disableDrawMode();
      handles?.destroy();
    };
  }, [cy, enabled]);
}
