/**
 * A statement Neo4j runs on the plan it has cached, even when the data's statistics have since
 * shifted ("replan=skip", a Cypher query option). For the statements of the workshop and the
 * map's write path: each starts from a unique key (a house, a workshop code, a proposal, a
 * session, a token), so a new plan could not be better, and planning one is the costly part of
 * such a statement. On a young database the statistics shift all the time (a workshop's first
 * events fill an empty index); every shift made Neo4j plan these statements again, up to ~300 ms
 * of CPU each on a 2-core machine, in the middle of a workshop (bench/workshop-day.ts, measured
 * with a Java Flight Recording of the bench's Neo4j: most of its CPU went to the Cypher planner).
 * A statement is still planned on its first use and after a restart.
 */
export function keptPlan(statement: string): string {
  return `CYPHER replan=skip ${statement}`;
}
