import type { ManagedTransaction } from 'neo4j-driver';
import { NotFoundError } from '../../lib/domain/errors';

/**
 * The write locks of a house's map (issue 20). A write locks what it changes, not the whole house,
 * so 50 people who each change their own organisation at once do not wait for each other:
 *
 * - `lockTypeAnswer`: one type's answer, the `ANSWERED` relationship. Every write that changes a
 *   type's answer or the levels it derives from (an organisation's level, added, removed) takes
 *   it before it reads the levels, so the derived answer is computed from committed levels and
 *   the last writer of a type sees every earlier one.
 * - the entry itself (an `INVOLVES` relationship, taken by the statement that reads it: see
 *   graph/repositories/involvement.ts), under which its version is checked, so a stale write is
 *   still refused.
 * - `lockHouse`: the whole house (the node and every answer and involvement), for what reads or
 *   writes many entries at once (imports, forums, ties, arrangements): it waits for the entry
 *   writes under way, and they wait for it. A new organisation or first answer creates a
 *   relationship on the house node, which waits for a house lock too.
 *
 * Neo4j takes a relationship's or node's exclusive lock on any property write, also one that keeps
 * the value (`SET r.version = coalesce(r.version, 1)`, the value the reads already assume), and
 * holds it until the transaction ends. The order is house, then type answers, then entries;
 * an entry write that finds it needs its type's answer after its entry may meet a house-wide
 * writer the other way round: Neo4j reports the deadlock and graph/session.ts runs it again.
 */
export async function lockHouse(tx: ManagedTransaction, houseId: string): Promise<void> {
  const result = await tx.run(
    `MATCH (h:House {id: $houseId})
     SET h.version = coalesce(h.version, 1) + 1
     WITH h
     OPTIONAL MATCH (h)-[r:ANSWERED|INVOLVES]->()
     SET r.version = coalesce(r.version, 1)
     RETURN h.id AS id, count(r) AS entries`,
    { houseId },
  );
  if (result.records.length === 0) throw new NotFoundError(`house ${houseId}`);
}

/** The whole-house lock of every house a file names (by code or name), before their answers are read. */
export async function lockHousesNamed(tx: ManagedTransaction, ids: string[], names: string[]): Promise<void> {
  await tx.run(
    `MATCH (h:House) WHERE h.id IN $ids OR h.name IN $names
     SET h.version = coalesce(h.version, 1) + 1
     WITH h
     OPTIONAL MATCH (h)-[r:ANSWERED|INVOLVES]->()
     SET r.version = coalesce(r.version, 1)
     RETURN count(r) AS entries`,
    { ids, names },
  );
}

/**
 * Locks one type's answer of a house. Where the house has no answer for it yet, the house node
 * stands in (the first answer is created on it); once that lock is held the answer is looked for
 * again, since a writer that went before may have just created it.
 */
export async function lockTypeAnswer(tx: ManagedTransaction, houseId: string, typeCode: string): Promise<void> {
  const answer = await tx.run<{ answered: boolean }>(
    `MATCH (h:House {id: $houseId})
     OPTIONAL MATCH (h)-[r:ANSWERED]->(:ActorType {code: $typeCode})
     SET r.version = coalesce(r.version, 1)
     RETURN r IS NOT NULL AS answered`,
    { houseId, typeCode },
  );
  const row = answer.records[0];
  if (!row) throw new NotFoundError(`house ${houseId}`);
  if (row.get('answered')) return;
  await tx.run(
    `MATCH (h:House {id: $houseId})
     SET h.version = coalesce(h.version, 1)
     WITH h
     OPTIONAL MATCH (h)-[r:ANSWERED]->(:ActorType {code: $typeCode})
     SET r.version = coalesce(r.version, 1)`,
    { houseId, typeCode },
  );
}
