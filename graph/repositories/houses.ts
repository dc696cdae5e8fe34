import { Neo4jError } from 'neo4j-driver';
import { ConflictError } from '../../lib/domain/errors';
import type { HouseInput, HouseSummary } from '../../lib/domain/house';
import { readTx, writeTx } from '../session';
import { recordChange } from './audit';
import { SYSTEM_ACTORS } from '../../lib/domain/actor';

/**
 * Houses with the counts the start page and lists show, by name: all of them, or only those
 * with the given ids (a coordinator's own houses).
 */
export function listHouses(onlyIds: string[] | null = null): Promise<HouseSummary[]> {
  return readTx(async (tx) => {
    const result = await tx.run<{ house: HouseRow }>(
      `MATCH (h:House) WHERE $onlyIds IS NULL OR h.id IN $onlyIds
       OPTIONAL MATCH (h)-[a:ANSWERED]->(:ActorType)
       WITH h,
            count(CASE WHEN a.level IN ['minimaal', 'gemiddeld', 'kernpartner'] THEN 1 END) AS direct,
            count(CASE WHEN a.level = 'kernpartner' THEN 1 END) AS kernpartners,
            count(CASE WHEN a.level = 'nog_niet' THEN 1 END) AS nogNiet
       RETURN h { .id, .name, .municipalities, .province, .urbanisation, .intermunicipal, .fictional,
                  direct: direct, kernpartners: kernpartners, nogNiet: nogNiet } AS house
       ORDER BY h.name`,
      { onlyIds },
    );
    return result.records.map((record) => toHouseSummary(record.get('house')));
  });
}

/** Creates a house; `by` (a user id, or a system actor's) is recorded in the audit trail. */
export async function createHouse(input: HouseInput, by: string = SYSTEM_ACTORS.commandLine.id): Promise<void> {
  try {
    await writeTx(async (tx) => {
      await tx.run(
        `CREATE (h:House {id: $id, name: $name, municipalities: $municipalities, province: $province,
                          urbanisation: $urbanisation, intermunicipal: $intermunicipal,
                          fictional: $fictional, version: 1, createdAt: datetime()})`,
        { ...input, intermunicipal: input.municipalities.length > 1, fictional: input.fictional ?? false },
      );
      await recordChange(tx, { by, action: 'house.create', target: `house:${input.id}`, houseId: input.id, to: input });
    });
  } catch (error) {
    if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      throw new ConflictError(`House ${input.id} already exists`, `Er bestaat al een huis met de code “${input.id}”.`);
    }
    throw error;
  }
}

export function countHouses(): Promise<number> {
  return readTx(async (tx) => {
    const result = await tx.run<{ n: number }>('MATCH (h:House) RETURN count(h) AS n');
    return result.records[0].get('n');
  });
}

/** A house as listHouses returns it; a property never set is null. */
type HouseRow = Omit<HouseSummary, 'municipalities' | 'intermunicipal' | 'fictional'> & {
  municipalities: string[] | null;
  intermunicipal: boolean | null;
  fictional: boolean | null;
};

function toHouseSummary(row: HouseRow): HouseSummary {
  return {
    id: row.id,
    name: row.name,
    municipalities: row.municipalities ?? [],
    province: row.province,
    urbanisation: row.urbanisation,
    intermunicipal: Boolean(row.intermunicipal),
    fictional: Boolean(row.fictional),
    direct: row.direct,
    kernpartners: row.kernpartners,
    nogNiet: row.nogNiet,
  };
}
