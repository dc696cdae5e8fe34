import type { HouseNetwork } from '../house-network';

/** Trimmed networks of frozen (kept, shared) networks: a frozen network never changes, so neither does its trim. */
const trimmedOfFrozen = new WeakMap<HouseNetwork, HouseNetwork>();

/**
 * The part of a network the map page needs: unanswered optional types are neither drawn nor
 * listed, so they stay off the wire (the page sends a third less to the browser). A network kept
 * under a commit stamp (frozen, graph/stamped-cache.ts) gets the same trimmed object on every
 * view, so what is derived from it (the first picture's key) can be kept by identity too.
 */
export function trimForMap(network: HouseNetwork): HouseNetwork {
  const known = trimmedOfFrozen.get(network);
  if (known) return known;
  const named = new Set(network.actors.map((a) => a.typeCode));
  const trimmed = { ...network, types: network.types.filter((t) => t.answer || t.mandatory || named.has(t.code)) };
  if (Object.isFrozen(network)) trimmedOfFrozen.set(network, Object.freeze(trimmed));
  return trimmed;
}
