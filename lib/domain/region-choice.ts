import type { RegionalNetwork } from './overview/regional-network';
import { shortHouseName } from './overview/short-house-name';

/**
 * One region at a time: a group of houses linked by the regional organisations they share,
 * chosen by a house in it (its key is the first house by name, so an address keeps pointing at
 * the same region when other regions grow or shrink). Pure.
 */
export interface RegionChoice {
  key: string;
  index: number;
  houses: number;
  organisations: number;
  /** "Regio 1 · Antwerpen · 14 huizen: Beverdorp, Bremkapelle, …" */
  label: string;
}

export function regionChoices(network: RegionalNetwork): RegionChoice[] {
  const houses = new Map(network.houses.map((h) => [h.id, h]));
  return network.regions.map((region) => {
    const provinces = [...new Set(region.houses.map((id) => houses.get(id)?.province).filter(Boolean))].sort((a, b) => a!.localeCompare(b!, 'nl'));
    const names = region.houses.slice(0, 3).map((id) => shortHouseName(houses.get(id)?.name ?? id));
    return {
      key: region.houses[0],
      index: region.index,
      houses: region.houses.length,
      organisations: network.organisations.filter((o) => o.region === region.index).length,
      label: `Regio ${region.index + 1} · ${provinces.join(', ')} · ${region.houses.length} huizen: ${names.join(', ')}${region.houses.length > 3 ? ', …' : ''}`,
    };
  });
}

/**
 * The part of the network in one region: its houses and the organisations they share. `key`
 * may name any house of the region; without one (or for a house in no region) the largest
 * region is taken, and `found` says whether the asked one was there.
 */
export function selectRegion(network: RegionalNetwork, key?: string): { region: RegionalNetwork; index: number | null; found: boolean } {
  const asked = key ? network.regions.find((r) => r.houses.includes(key)) : undefined;
  const chosen = asked ?? network.regions[0];
  if (!chosen) return { region: network, index: null, found: !key };
  const inRegion = new Set(chosen.houses);
  return {
    region: {
      ...network,
      houses: network.houses.filter((h) => inRegion.has(h.id)),
      organisations: network.organisations.filter((o) => o.region === chosen.index),
      regions: [chosen],
    },
    index: chosen.index,
    found: !key || Boolean(asked),
  };
}
