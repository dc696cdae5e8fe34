import type { ManagedTransaction } from 'neo4j-driver';
import type { MatrixHouse } from '../../lib/domain/import/matrix-columns';
import type { MatrixPlan, MatrixState } from '../../lib/domain/import/matrix-plan';
import type { LevelCode } from '../../lib/domain/levels';
import type { Urbanisation } from '../../lib/domain/regions';
import type { ChangeInput } from './audit';
import { recordChanges } from './audit-batch';
import { readTx } from '../session';

const BATCH = 1000;

/**
 * Takes the write lock of the houses a file names (by code or name) before their answers are
 * read, so a coordinator's edit in between cannot be overwritten unseen (as lockHouse does).
 */
export async function lockHousesNamed(tx: ManagedTransaction, ids: string[], names: string[]): Promise<void> {
  await tx.run('MATCH (h:House) WHERE h.id IN $ids OR h.name IN $names SET h.version = coalesce(h.version, 1) + 1', { ids, names });
}

/** Every house with its answers to catalogue types and the types it names organisations of. */
export async function readMatrixState(tx: Pick<ManagedTransaction, 'run'>): Promise<MatrixState> {
  const result = await tx.run<{ id: string; name: string; answers: { code: string; level: LevelCode; version: number }[]; namedTypes: string[] }>(
    `MATCH (h:House)
     CALL (h) {
       OPTIONAL MATCH (h)-[r:ANSWERED]->(t:ActorType {catalogue: true})
       WITH t, r WHERE r IS NOT NULL
       RETURN collect({ code: t.code, level: r.level, version: coalesce(r.version, 1) }) AS answers
     }
     CALL (h) {
       OPTIONAL MATCH (h)-[:INVOLVES]->(:Actor)-[:OF_TYPE]->(t:ActorType)
       RETURN collect(DISTINCT t.code) AS namedTypes
     }
     RETURN h.id AS id, h.name AS name, answers, namedTypes`,
  );
  return {
    houses: result.records.map((r) => ({
      id: r.get('id'),
      name: r.get('name'),
      answers: Object.fromEntries(r.get('answers').map((a) => [a.code, { level: a.level, version: a.version }])),
      namedTypes: r.get('namedTypes'),
    })),
  };
}

export function readMatrixStateNow(): Promise<MatrixState> {
  return readTx((tx) => readMatrixState(tx));
}

/** Houses with their answers to catalogue types, by name: what the many-houses export writes. */
export function readAnswerMatrix(houseIds: string[] | null = null): Promise<MatrixHouse[]> {
  return readTx(async (tx) => {
    const result = await tx.run<{
      house: { id: string; name: string; municipalities: string[] | null; province: string; urbanisation: Urbanisation };
      answers: [string, LevelCode][];
    }>(
      `MATCH (h:House) WHERE $houseIds IS NULL OR h.id IN $houseIds
       OPTIONAL MATCH (h)-[r:ANSWERED]->(t:ActorType {catalogue: true})
       WITH h, collect(CASE WHEN r IS NULL THEN null ELSE [t.code, r.level] END) AS answers
       RETURN h { .id, .name, .municipalities, .province, .urbanisation } AS house, answers
       ORDER BY h.name, h.id`,
      { houseIds },
    );
    return result.records.map((r) => {
      const house = r.get('house');
      return { ...house, municipalities: house.municipalities ?? [], answers: Object.fromEntries(r.get('answers')) };
    });
  });
}

/**
 * Writes a planned many-houses import in the caller's transaction (which holds the houses' locks):
 * new houses, the answers, and an audit record per house created and per answer.
 */
export async function writeMatrixPlan(
  tx: ManagedTransaction,
  by: { id: string; name: string },
  plan: MatrixPlan,
  progress: (done: number, total: number) => void = () => {},
): Promise<void> {
  const total = plan.newHouses.length + plan.answers.length;
  let done = 0;
  for (let i = 0; i < plan.newHouses.length; i += BATCH) {
    const houses = plan.newHouses.slice(i, i + BATCH).map((h) => ({ ...h, intermunicipal: h.municipalities.length > 1, fictional: h.fictional ?? false }));
    await tx.run(
      `UNWIND $houses AS h
       CREATE (:House {id: h.id, name: h.name, municipalities: h.municipalities, province: h.province, urbanisation: h.urbanisation,
                       intermunicipal: h.intermunicipal, fictional: h.fictional, version: 1, createdAt: datetime()})`,
      { houses },
    );
    done += houses.length;
    progress(done, total);
  }
  for (let i = 0; i < plan.answers.length; i += BATCH) {
    const answers = plan.answers.slice(i, i + BATCH);
    await tx.run(
      `UNWIND $answers AS a
       MATCH (h:House {id: a.houseId}), (t:ActorType {code: a.typeCode})
       MERGE (h)-[r:ANSWERED]->(t)
       SET r.level = a.level, r.derived = false, r.version = a.version, r.updatedAt = datetime(), r.updatedBy = $byName`,
      { answers, byName: by.name },
    );
    done += answers.length;
    progress(done, total);
  }
  const changes: ChangeInput[] = [
    ...plan.newHouses.map((h) => ({ by: by.id, action: 'house.create', target: `house:${h.id}`, houseId: h.id, to: h })),
    ...plan.answers.map((a) => ({
      by: by.id,
      action: 'answer.update',
      target: `house:${a.houseId}/type:${a.typeCode}`,
      houseId: a.houseId,
      from: { name: a.typeName, level: a.from },
      to: { level: a.level },
    })),
  ];
  await recordChanges(tx, changes);
}
