/**
 * The Cypher fragment that (re)links actor types to their clusters. It expects rows `at` (the
 * ActorType node) and `t` (a map with `cluster` and `alsoFits` codes) and replaces the type's
 * IN_CLUSTER relationships: one primary, the others not. A fixed text, never built from values.
 */
export const RELINK_TYPE_CLUSTERS = `
     OPTIONAL MATCH (at)-[old:IN_CLUSTER]->(:Cluster)
     DELETE old
     WITH DISTINCT at, t
     MATCH (primary:Cluster {code: t.cluster})
     CREATE (at)-[:IN_CLUSTER {primary: true}]->(primary)
     WITH at, t
     UNWIND t.alsoFits AS other
     MATCH (secondary:Cluster {code: other})
     CREATE (at)-[:IN_CLUSTER {primary: false}]->(secondary)`;
