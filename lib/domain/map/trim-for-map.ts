import type { HouseNetwork } from '../house-network';
import { perFrozen } from '../per-frozen';

/**
 * The part of a network the map page needs: unanswered optional types are neither drawn nor
 * listed, so they stay off the wire (the page sends a third less to the browser). A network kept
 * under a commit stamp (frozen, graph/stamped-cache.ts) gets the same trimmed object on every
 * view, so what is derived from it (the first picture's key) can be kept by identity too.
 */
export const trimForMap = perFrozen<HouseNetwork, HouseNetwork>(
  (network) => {
    const named = new Set(network.actors.map((a) => a.typeCode));
    return { ...network, types: network.types.filter((t) => t.answer || t.mandatory || named.has(t.code)) };
  },
  (trimmed) => Object.freeze(trimmed),
);
