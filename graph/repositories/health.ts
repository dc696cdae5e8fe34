import { databaseName, getDriver } from '../driver';

export interface ServerInfo {
  version: string;
  edition: string;
  schemaVersion: number;
  actorTypes: number;
  clusters: number;
  houses: number;
}

/** One round trip that says what the server is and what it holds. */
export async function readServerInfo(): Promise<ServerInfo> {
  const { records } = await getDriver().executeQuery(
    `CALL dbms.components() YIELD name, versions, edition
     WITH versions[0] AS version, edition
     CALL () { MATCH (m:SchemaMigration) RETURN coalesce(max(m.version), 0) AS schemaVersion }
     CALL () { MATCH (t:ActorType {catalogue: true}) RETURN count(t) AS actorTypes }
     CALL () { MATCH (c:Cluster) RETURN count(c) AS clusters }
     CALL () { MATCH (h:House) RETURN count(h) AS houses }
     RETURN version, edition, schemaVersion, actorTypes, clusters, houses`,
    {},
    { database: databaseName(), routing: 'READ' },
  );
  const row = records[0];
  return {
    version: row.get('version'),
    edition: row.get('edition'),
    schemaVersion: row.get('schemaVersion'),
    actorTypes: row.get('actorTypes'),
    clusters: row.get('clusters'),
    houses: row.get('houses'),
  };
}
