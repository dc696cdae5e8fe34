/**
 * A statement Neo4j runs on the plan it has cached, even when the data's statistics have since
 * shifted ("replan=skip", a Cypher query option). Only for statements of the workshop's and the
 * map's hot paths whose every pattern starts from a key (a unique id or token, a house and its
 * type, a workshop's (code, seq) index) and walks at most a hop between bound ends: the plan is
 * the same whatever the statistics say, and planning it is the costly part of running it. On a
 * young database the statistics shift all the time (a workshop's first events fill an empty
 * index); each shift made Neo4j plan these statements again, up to ~300 ms of CPU each on a
 * 2-core machine, while every other request running them waited (bench/workshop-day.ts; a Java
 * Flight Recording of its Neo4j). Statements whose best plan does depend on the data (the house
 * network read, the answers derived over a house's organisations) are left to Neo4j's replanning.
 * A statement is still planned on its first use and after a restart.
 */
export function keptPlan(statement: string): string {
  return `CYPHER replan=skip ${statement}`;
}
