import { toStoredCatalogue, type Catalogue, type StoredActorType, type StoredCluster } from '../../lib/domain/catalogue';
import { readTx, writeTx } from '../session';
import { RELINK_TYPE_CLUSTERS } from './cluster-links';

/**
 * Makes the catalogue in Neo4j equal the file: MERGE on codes, properties overwritten, cluster
 * links not in the file removed. Custom types added by houses (catalogue: false) are untouched.
 */
export async function saveCatalogue(catalogue: Catalogue): Promise<void> {
  const { clusters, types } = toStoredCatalogue(catalogue);
  await writeTx(async (tx) => {
    await tx.run(
      `UNWIND $clusters AS c
       MERGE (cl:Cluster {code: c.code})
       SET cl += c`,
      { clusters },
    );
    await tx.run(`MATCH (cl:Cluster) WHERE NOT cl.code IN $codes DETACH DELETE cl`, { codes: clusters.map((c) => c.code) });
    await tx.run(
      `UNWIND $types AS t
       MERGE (at:ActorType {code: t.code})
       SET at += t { .name, .order, .mandatory, .mandatoryNote, .mandatoryLine, .expectedByDecree,
                     .fromQuestionnaire, .questionnaireLine, .tableName, .tableLine, .counts2016, .total2016 },
           at.catalogue = true
       WITH at, t
     ${RELINK_TYPE_CLUSTERS}`,
      { types },
    );
    await tx.run(`MATCH (at:ActorType {catalogue: true}) WHERE NOT at.code IN $codes SET at.catalogue = false, at.retired = true`, {
      codes: types.map((t) => t.code),
    });
  });
}

export function readClusters(): Promise<StoredCluster[]> {
  return readTx(async (tx) => {
    const result = await tx.run<{ cluster: StoredCluster }>(
      `MATCH (c:Cluster) RETURN c { .code, .name, .order, .section, .table, .line } AS cluster ORDER BY c.order`,
    );
    return result.records.map((r) => r.get('cluster'));
  });
}

export function readActorTypes(): Promise<StoredActorType[]> {
  return readTx(async (tx) => {
    const result = await tx.run<{ type: StoredActorType }>(
      `MATCH (t:ActorType {catalogue: true})-[:IN_CLUSTER {primary: true}]->(c:Cluster)
       OPTIONAL MATCH (t)-[:IN_CLUSTER {primary: false}]->(other:Cluster)
       WITH t, c, other ORDER BY other.order
       WITH t, c, collect(other.code) AS alsoFits
       RETURN t { .code, .name, .order, .mandatory, .mandatoryNote, .mandatoryLine, .expectedByDecree,
                  .fromQuestionnaire, .questionnaireLine, .tableName, .tableLine, .counts2016, .total2016,
                  cluster: c.code, alsoFits: alsoFits } AS type
       ORDER BY t.order`,
    );
    return result.records.map((r) => r.get('type'));
  });
}
