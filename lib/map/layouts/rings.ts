import { HOUSE_NODE_ID, forumNodeId, type MapModel } from '../to-elements';
import { ringOf } from '../map-entries';
import type { LayoutDefinition, Positions } from './types';

/** Options of the rings layout, in model units (pixels at zoom 1). */
export const RINGS_DEFAULTS = {
  /** Distance from the house to the first ring. */
  firstRadius: 120,
  /** Distance between two rings that hold nodes. */
  ringGap: 85,
  /** Minimum arc length between two neighbours on one ring (room for their labels). */
  minSpacing: 80,
  /** The kernpartners' wider spacing: their nodes and bold labels are larger. */
  coreSpacing: 112,
  /** Rings are drawn as ellipses this much wider than tall: screens and paper are landscape. */
  aspect: 1.35,
  /** Distance between two rings when the inner one is empty. */
  emptyRingGap: 40,
};

/** Point on a circle; angle 0 is straight up, growing clockwise. */
function polar(radius: number, angle: number) {
  return { x: Math.round(radius * RINGS_DEFAULTS.aspect * Math.sin(angle) * 10) / 10, y: Math.round(-radius * Math.cos(angle) * 10) / 10 };
}

/**
 * Rings by involvement: the house in the centre, kernpartners on the first ring, then gemiddeld,
 * minimaal, indirect (with their forums just inside that ring), nog niet and the missing mandatory
 * partners on the outer ring. Within a ring nodes follow the sorted entries (cluster, name, key),
 * indirect ones grouped by the forum that carries them, so the picture is the same on every visit.
 */
function ringPositions(model: MapModel): Positions {
  const positions: Positions = { [HOUSE_NODE_ID]: { x: 0, y: 0 } };
  const rings: string[][] = [[], [], [], [], []];
  const onMap = model.entries.filter((e) => e.placement === 'ring');
  for (const entry of onMap) if (entry.level !== 'indirect') rings[ringOf(entry) - 1].push(entry.key);
  // Indirect: grouped by forum (forums in name order), those without a forum after them.
  const indirect = onMap.filter((e) => e.level === 'indirect' && ringOf(e) === 4);
  const forumOrder = new Map(model.forums.map((f, i) => [f.id, i]));
  indirect.sort((a, b) => (forumOrder.get(a.via?.id ?? '') ?? 1e6) - (forumOrder.get(b.via?.id ?? '') ?? 1e6));
  rings[3].push(...indirect.map((e) => e.key));

  let radius = 0;
  const radii: number[] = [];
  rings.forEach((ring, i) => {
    const spacing = i === 0 ? RINGS_DEFAULTS.coreSpacing : RINGS_DEFAULTS.minSpacing;
    const needed = (ring.length * spacing) / (2 * Math.PI);
    const step = i === 0 ? RINGS_DEFAULTS.firstRadius : ring.length === 0 ? RINGS_DEFAULTS.emptyRingGap : RINGS_DEFAULTS.ringGap;
    radius = Math.max(radius + step, needed);
    radii.push(radius);
    // A small turn per ring keeps neighbours of adjacent rings from lining up on one spoke.
    const offset = i * 0.23;
    ring.forEach((key, j) => {
      positions[key] = polar(radius, offset + (2 * Math.PI * j) / ring.length);
    });
  });

  // Forums sit between the minimaal and indirect rings, at the mean angle of the actors they carry.
  const forumRadius = (radii[2] + radii[3]) / 2;
  model.forums.forEach((forum, i) => {
    const members = indirect.filter((e) => e.via?.id === forum.id).map((e) => positions[e.key]);
    let angle: number;
    if (members.length > 0) {
      const sx = members.reduce((s, p) => s + p.x, 0);
      const sy = members.reduce((s, p) => s + p.y, 0);
      angle = Math.atan2(sx / RINGS_DEFAULTS.aspect, -sy);
    } else {
      angle = Math.PI / model.forums.length + (2 * Math.PI * i) / model.forums.length;
    }
    positions[forumNodeId(forum.id)] = polar(forumRadius, angle);
  });
  return positions;
}

export const ringsLayout: LayoutDefinition = {
  label: 'Ringen',
  description: 'Per betrokkenheid: kernpartners dichtst bij het huis, nog niet op de buitenste ring.',
  positions: ringPositions,
};
