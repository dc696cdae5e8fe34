'use client';

import { useMemo } from 'react';
import { tieElements } from '@/lib/domain/ties/tie-elements';
import type { LiveState } from '@/lib/domain/workshop/live-state';
import { toElements, toMapModel } from '@/lib/domain/map/to-elements';

/** How many of the latest accepted changes glow on the map. */
const RECENT_GLOW = 3;

/**
 * What a workshop screen (the facilitator's, the room's projector) draws of the live state: the
 * map with the ties as accepted proposals add them (they move no node), the accepted changes
 * newest first, and a glow on the latest few.
 */
export function useWorkshopMap(state: LiveState) {
  const model = useMemo(() => toMapModel(state.network), [state.network]);
  const elements = useMemo(() => {
    const base = toElements(state.network.house.name, model);
    if (!state.network.ties?.length) return base;
    const onMap = new Set(base.filter((e) => e.group === 'nodes').map((e) => e.data.id));
    return [...base, ...tieElements(state.network.ties, onMap, new Map(state.network.actors.map((a) => [a.id, a.name])))];
  }, [state.network.house.name, state.network.ties, state.network.actors, model]);
  const accepted = useMemo(
    () => state.proposals.filter((p) => p.status === 'accepted').sort((a, b) => (b.decidedAt ?? '').localeCompare(a.decidedAt ?? '')),
    [state.proposals],
  );
  const decorations = useMemo(
    () =>
      Object.fromEntries(
        accepted
          .slice(0, RECENT_GLOW)
          .filter((p) => p.targetKey)
          .map((p) => [p.targetKey!, p.actorKey ? 'diff-changed' : 'diff-added']),
      ),
    [accepted],
  );
  return { model, elements, accepted, decorations };
}
