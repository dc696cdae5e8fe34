import { readTx } from '../session';
import type { RegionalOrganisationRecord } from '../../lib/domain/overview/records';

/**
 * Every regional organisation (a CAW, a CLB: one node serving several houses) with each house
 * that names it and at what level.
 */
export function readRegionalOrganisations(): Promise<RegionalOrganisationRecord[]> {
  return readTx(async (tx) => {
    const result = await tx.run<RegionalOrganisationRecord>(
      `MATCH (a:Actor) WHERE a.regional = true
       MATCH (a)<-[i:INVOLVES]-(h:House)
       WITH a, collect({ houseId: h.id, level: i.level }) AS links
       MATCH (a)-[:OF_TYPE]->(t:ActorType)
       RETURN a.id AS id, a.name AS name, t.code AS typeCode, t.name AS typeName, links
       ORDER BY a.name, a.id`,
    );
    return result.records.map((r) => r.toObject());
  });
}

/** Houses that name at least one organisation (the others answered per type only). */
export function readHousesNamingOrganisations(): Promise<string[]> {
  return readTx(async (tx) => {
    const result = await tx.run<{ id: string }>('MATCH (h:House) WHERE EXISTS { (h)-[:INVOLVES]->(:Actor) } RETURN h.id AS id');
    return result.records.map((r) => r.get('id'));
  });
}
