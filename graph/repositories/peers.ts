import type { LevelCode } from '../../lib/domain/levels';
import { readTx } from '../session';

export interface PeerCoreType {
  code: string;
  name: string;
  /** Peer houses (same urbanisation degree, this house not counted) where the type is kernpartner. */
  corePeers: number;
  peers: number;
  /** This house's level for the type, or null for no answer. */
  level: LevelCode | null;
}

/**
 * Types that are kernpartner in at least `threshold` of the houses with the same urbanisation
 * degree, but not directly involved here (no answer, niet, nog niet or indirect; "niet aanwezig"
 * is left out: the actor does not exist in the area). Most common first.
 */
export function readPeerCoreTypes(houseId: string, threshold = 0.5): Promise<PeerCoreType[]> {
  return readTx(async (tx) => {
    const result = await tx.run(
      `MATCH (h:House {id: $houseId})
       CALL (h) {
         MATCH (p:House) WHERE p.urbanisation = h.urbanisation AND p <> h
         RETURN count(p) AS peers
       }
       WITH h, peers WHERE peers > 0
       MATCH (p:House)-[:ANSWERED {level: 'kernpartner'}]->(t:ActorType {catalogue: true})
       WHERE p.urbanisation = h.urbanisation AND p <> h
       WITH h, peers, t, count(DISTINCT p) AS corePeers
       WHERE toFloat(corePeers) / peers >= $threshold
       OPTIONAL MATCH (h)-[mine:ANSWERED]->(t)
       WITH t, corePeers, peers, mine.level AS level
       WHERE level IS NULL OR NOT level IN ['kernpartner', 'gemiddeld', 'minimaal', 'niet_aanwezig']
       RETURN t.code AS code, t.name AS name, corePeers, peers, level
       ORDER BY corePeers DESC, t.order`,
      { houseId, threshold },
    );
    return result.records.map((r) => ({
      code: r.get('code'),
      name: r.get('name'),
      corePeers: r.get('corePeers'),
      peers: r.get('peers'),
      level: r.get('level') ?? null,
    }));
  });
}
