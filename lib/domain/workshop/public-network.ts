import type { HouseNetwork } from '../house-network';

/**
 * The house's network as a workshop participant may see it: what the projector shows (actors,
 * types, levels, forums), without the house's notes, plans, editors or the other houses a
 * regional organisation serves. Participants never get more than this.
 */
export function publicNetwork(network: HouseNetwork): HouseNetwork {
  const blank = { note: null, owner: null, nextStep: null, due: null, updatedAt: null, updatedBy: null };
  return {
    house: network.house,
    clusters: network.clusters,
    types: network.types.map((t) => ({ ...t, answer: t.answer ? { ...t.answer, ...blank } : null })),
    actors: network.actors.map((a) => ({ ...a, ...blank, otherHouses: [] })),
    forums: network.forums,
    ties: (network.ties ?? []).map((t) => ({ ...t, note: null, updatedAt: null, updatedBy: null })),
  };
}
