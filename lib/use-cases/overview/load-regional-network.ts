import 'server-only';
import { readHouseFigures } from '@/graph/repositories/overview';
import { readHousesNamingOrganisations, readRegionalOrganisations } from '@/graph/repositories/regional-network';
import { assertAgencyRead } from '../access';
import type { SessionUser } from '../../domain/actor';
import { regionChoices, selectRegion, type RegionChoice } from '../../domain/region-choice';
import { toRegionalElements, type RegionalElement } from '../../domain/overview/regional-elements';
import { buildRegionalNetwork, type RegionalNetwork } from '../../domain/overview/regional-network';
import type { RegionalQuery } from '../../domain/overview/regional-query';

export interface RegionalPage {
  /** The whole selection (every region), for the counts and the houses outside any region. */
  network: RegionalNetwork;
  /** The chosen region only: what the picture and the table show. */
  region: RegionalNetwork;
  regions: RegionChoice[];
  /** Key of the chosen region (null when the selection has none). */
  chosen: string | null;
  /** False when the query named a house that is in no region of this selection. */
  found: boolean;
  elements: RegionalElement[];
  /** Types of regional organisations, for the type filter. */
  types: { code: string; name: string }[];
}

/** The regional network for a selection, one region at a time. Kind en Gezin and beheerder only. */
export async function loadRegionalNetwork(user: SessionUser, query: RegionalQuery): Promise<RegionalPage> {
  assertAgencyRead(user);
  const [figures, organisations, naming] = await Promise.all([readHouseFigures(), readRegionalOrganisations(), readHousesNamingOrganisations()]);
  const houses = figures.filter((h) => !query.provincie || h.province === query.provincie).map((h) => ({ id: h.id, name: h.name, province: h.province }));
  const selected = organisations.filter((o) => !query.type || o.typeCode === query.type);
  const network = buildRegionalNetwork(houses, selected, new Set(naming));
  const regions = regionChoices(network);
  const { region, index, found } = selectRegion(network, query.regio);
  const types = new Map(organisations.map((o) => [o.typeCode, o.typeName]));
  return {
    network,
    region,
    regions,
    chosen: index === null ? null : (regions.find((r) => r.index === index)?.key ?? null),
    found,
    elements: index === null ? [] : toRegionalElements(region),
    types: [...types.entries()].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  };
}
