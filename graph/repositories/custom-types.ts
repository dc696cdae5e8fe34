import { randomUUID } from 'node:crypto';
import type { LevelCode } from '../../lib/domain/levels';
import { NotFoundError } from '../../lib/domain/errors';
import { recordChange } from './audit';
import { lockHouse, type AfterWrite } from './involvement';
import type { WriteContext } from '../../lib/domain/entry-write';
import { writeTx } from '../session';

/**
 * An "Andere" actor: a type the house adds itself (not in the catalogue, visible to this house
 * only), in a cluster of its choice, answered at once. Returns its code.
 */
export function addCustomType(
  ctx: WriteContext,
  input: { name: string; cluster: string; level: LevelCode; desired?: LevelCode | null },
  afterWrite?: AfterWrite<string>,
): Promise<string> {
  return writeTx(async (tx) => {
    await lockHouse(tx, ctx.houseId);
    const code = `andere-${randomUUID()}`;
    const result = await tx.run(
      `MATCH (h:House {id: $houseId}), (c:Cluster {code: $cluster})
       CREATE (t:ActorType {code: $code, name: $name, catalogue: false, custom: true, houseId: $houseId, order: 1000,
                            mandatory: false, createdAt: datetime(), createdBy: $byName})-[:IN_CLUSTER {primary: true}]->(c)
       CREATE (h)-[:ANSWERED {level: $level, desired: $desired, derived: false, version: 1, updatedAt: datetime(), updatedBy: $byName}]->(t)
       RETURN t.code AS code`,
      { houseId: ctx.houseId, cluster: input.cluster, code, name: input.name, level: input.level, desired: input.desired ?? null, byName: ctx.byName },
    );
    if (result.records.length === 0) throw new NotFoundError(`cluster ${input.cluster}`);
    await recordChange(tx, {
      by: ctx.by,
      action: 'answer.create',
      target: `house:${ctx.houseId}/type:${code}`,
      houseId: ctx.houseId,
      to: { name: input.name, cluster: input.cluster, level: input.level, ...(input.desired ? { desired: input.desired } : {}) },
    });
    if (afterWrite) await afterWrite(tx, code);
    return code;
  });
}
