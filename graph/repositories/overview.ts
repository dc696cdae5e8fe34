import type { LevelCode } from '../../lib/levels';
import type { Province, Urbanisation } from '../../lib/regions';
import { readTx } from '../session';

/** One house with its answer counts, as the overview table needs it. */
export interface HouseFiguresRecord {
  id: string;
  name: string;
  municipalities: string[];
  province: Province;
  urbanisation: Urbanisation;
  intermunicipal: boolean;
  /** Types answered minimaal, gemiddeld or kernpartner (as Tabel 26 and the house list count). */
  direct: number;
  kernpartners: number;
  nogNiet: number;
  indirect: number;
}

export interface TypeAnswerRecord {
  houseId: string;
  typeCode: string;
  level: LevelCode;
}

/**
 * Every house with the number of types it answered per group, in one pass over its ANSWERED
 * relationships. Houses start from the house_name index (in name order, so no sort is needed).
 */
export const HOUSE_FIGURES_QUERY = `
  MATCH (h:House) WHERE h.name IS NOT NULL
  CALL (h) {
    MATCH (h)-[a:ANSWERED]->(:ActorType)
    RETURN count(CASE WHEN a.level IN ['minimaal', 'gemiddeld', 'kernpartner'] THEN 1 END) AS direct,
           count(CASE WHEN a.level = 'kernpartner' THEN 1 END) AS kernpartners,
           count(CASE WHEN a.level = 'nog_niet' THEN 1 END) AS nogNiet,
           count(CASE WHEN a.level = 'indirect' THEN 1 END) AS indirect
  }
  RETURN h.id AS id, h.name AS name, coalesce(h.municipalities, []) AS municipalities, h.province AS province,
         h.urbanisation AS urbanisation, coalesce(h.intermunicipal, false) AS intermunicipal,
         direct, kernpartners, nogNiet, indirect
  ORDER BY h.name`;

export function readHouseFigures(): Promise<HouseFiguresRecord[]> {
  return readTx(async (tx) => {
    const result = await tx.run(HOUSE_FIGURES_QUERY);
    return result.records.map((r) => r.toObject() as HouseFiguresRecord);
  });
}

/**
 * The answers of every house for the given types (the matrix columns, or the Art. 8 types):
 * starts from the types by their unique code and walks their incoming answers. A house without
 * an answer for a type has no row for it.
 */
export const TYPE_ANSWERS_QUERY = `
  MATCH (t:ActorType) WHERE t.code IN $typeCodes
  MATCH (h:House)-[a:ANSWERED]->(t)
  RETURN h.id AS houseId, t.code AS typeCode, a.level AS level`;

export function readTypeAnswers(typeCodes: string[]): Promise<TypeAnswerRecord[]> {
  return readTx(async (tx) => {
    const result = await tx.run(TYPE_ANSWERS_QUERY, { typeCodes });
    return result.records.map((r) => r.toObject() as TypeAnswerRecord);
  });
}

export interface HouseAnswers {
  house: { id: string; name: string; province: Province; urbanisation: Urbanisation };
  answers: { typeCode: string; level: LevelCode }[];
}

/** One house's answers to the catalogue types (for the comparison); null when no such house. */
export function readHouseAnswers(houseId: string): Promise<HouseAnswers | null> {
  return readTx(async (tx) => {
    const result = await tx.run(
      `MATCH (h:House {id: $houseId})
       OPTIONAL MATCH (h)-[a:ANSWERED]->(t:ActorType {catalogue: true})
       WITH h, collect(CASE WHEN t IS NULL THEN null ELSE { typeCode: t.code, level: a.level } END) AS answers
       RETURN h { .id, .name, .province, .urbanisation } AS house, answers`,
      { houseId },
    );
    const row = result.records[0];
    return row ? { house: row.get('house'), answers: row.get('answers') } : null;
  });
}
