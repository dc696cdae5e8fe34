import 'server-only';
import { readHouseFigures } from '@/graph/repositories/overview';
import { readHousesNamingOrganisations, readRegionalOrganisations } from '@/graph/repositories/regional-network';
import { requireAgencyRead } from '../access';
import { toRegionalElements, type RegionalElement } from './regional-elements';
import { buildRegionalNetwork, type RegionalNetwork } from './regional-network';
import type { RegionalQuery } from './regional-query';

export interface RegionalPage {
  network: RegionalNetwork;
  elements: RegionalElement[];
  /** Types of regional organisations, for the type filter. */
  types: { code: string; name: string }[];
}

/** The regional network for a selection. Kind en Gezin and beheerder only. */
export async function loadRegionalNetwork(query: RegionalQuery): Promise<RegionalPage> {
  await requireAgencyRead();
  const [figures, organisations, naming] = await Promise.all([readHouseFigures(), readRegionalOrganisations(), readHousesNamingOrganisations()]);
  const houses = figures.filter((h) => !query.provincie || h.province === query.provincie).map((h) => ({ id: h.id, name: h.name, province: h.province }));
  const selected = organisations.filter((o) => !query.type || o.typeCode === query.type);
  const network = buildRegionalNetwork(houses, selected, new Set(naming));
  const types = new Map(organisations.map((o) => [o.typeCode, o.typeName]));
  return {
    network,
    elements: toRegionalElements(network),
    types: [...types.entries()].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  };
}
