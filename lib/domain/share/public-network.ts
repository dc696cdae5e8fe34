import type { HouseNetwork } from '../house-network';

const NO_DETAILS = { note: null, owner: null, nextStep: null, due: null, desired: null } as const;

/**
 * What a deellink may show of a house's network: the house, the actor types, the named
 * organisations and their levels (and the overleg an indirect link runs through). Nothing
 * personal: no notes, trekkers, next steps, dates or plans, no user names (updatedBy), no
 * versions or times (history), no ties (their notes), and nothing of other houses.
 */
export function publicNetwork(network: HouseNetwork): HouseNetwork {
  return {
    house: { ...network.house, version: 0 },
    clusters: network.clusters,
    types: network.types.map((t) => ({
      ...t,
      mandatoryNote: null,
      answer: t.answer ? { level: t.answer.level, derived: t.answer.derived, version: 0, updatedAt: null, updatedBy: null, ...NO_DETAILS } : null,
    })),
    actors: network.actors.map((a) => ({
      id: a.id,
      name: a.name,
      typeCode: a.typeCode,
      regional: a.regional,
      level: a.level,
      via: a.via,
      version: 0,
      updatedAt: null,
      updatedBy: null,
      forums: [],
      otherHouses: [],
      ...NO_DETAILS,
    })),
    forums: network.forums.map((f) => ({ id: f.id, name: f.name, regional: f.regional, members: f.members })),
    ties: [],
  };
}
