import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { LevelCode } from '../../lib/domain/levels';
import { NotFoundError } from '../../lib/domain/errors';
import { recordChange } from './audit';
import type { WriteContext } from '../../lib/domain/entry-write';

/** An "Andere" actor to add: its name, the cluster the house puts it in, and its answer. */
export interface NewCustomType extends WriteContext {
  name: string;
  cluster: string;
  level: LevelCode;
  desired?: LevelCode | null;
}

/**
 * An "Andere" actor: a type the house adds itself (not in the catalogue, visible to this house
 * only), in a cluster of its choice, answered at once, in the caller's transaction
 * (lib/use-cases/involvement.ts). Returns its code.
 */
export async function addCustomType(tx: ManagedTransaction, params: NewCustomType): Promise<string> {
  // A new type of the house's own: nothing else can write its answer yet. Its answer is
  // created on the house node, which waits for a whole-house writer (graph/repositories/house-locks.ts).
  const code = `andere-${randomUUID()}`;
  const result = await tx.run<{ code: string }>(
    `MATCH (h:House {id: $houseId}), (c:Cluster {code: $cluster})
     CREATE (t:ActorType {code: $code, name: $name, catalogue: false, custom: true, houseId: $houseId, order: 1000,
                          mandatory: false, createdAt: datetime(), createdBy: $byName})-[:IN_CLUSTER {primary: true}]->(c)
     CREATE (h)-[:ANSWERED {level: $level, desired: $desired, derived: false, version: 1, updatedAt: datetime(), updatedBy: $byName}]->(t)
     RETURN t.code AS code`,
    {
      houseId: params.houseId,
      cluster: params.cluster,
      code,
      name: params.name,
      level: params.level,
      desired: params.desired ?? null,
      byName: params.byName,
    },
  );
  if (result.records.length === 0) throw new NotFoundError(`cluster ${params.cluster}`);
  await recordChange(tx, {
    by: params.by,
    action: 'answer.create',
    target: `house:${params.houseId}/type:${code}`,
    houseId: params.houseId,
    to: { name: params.name, cluster: params.cluster, level: params.level, ...(params.desired ? { desired: params.desired } : {}) },
  });
  return code;
}
