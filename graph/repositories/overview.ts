import { DIRECT_LEVELS, type LevelCode } from '../../lib/domain/levels';
import { readTx } from '../session';
import type { HouseAnswers, HouseFiguresRecord, TypeAnswerRecord } from '../../lib/domain/overview/records';

/** The houses, in name order from the house_name index (so no sort is needed). */
export const HOUSES_QUERY = `
  MATCH (h:House) WHERE h.name IS NOT NULL
  RETURN h.id AS id, h.name AS name, coalesce(h.municipalities, []) AS municipalities, h.province AS province,
         h.urbanisation AS urbanisation, coalesce(h.intermunicipal, false) AS intermunicipal
  ORDER BY h.name`;

/**
 * Per house, how many of its answers have each counted level. Starts from the answered_level
 * relationship index, so the levels come from the index and no property chain is read; houses
 * with no such answer have no row. (ANSWERED only ever runs from a House.)
 */
export const ANSWER_LEVEL_COUNTS_QUERY = `
  MATCH (h)-[a:ANSWERED]->() WHERE a.level IN $levels
  WITH h, a.level AS level, count(*) AS n
  RETURN h.id AS houseId, collect([level, n]) AS counts`;

const COUNTED_LEVELS: LevelCode[] = [...DIRECT_LEVELS, 'nog_niet', 'indirect'];

/**
 * Every house with the number of types it answered per group: two statements in one read
 * transaction (sent together), joined here.
 */
export function readHouseFigures(): Promise<HouseFiguresRecord[]> {
  return readTx(async (tx) => {
    const [houses, counts] = await Promise.all([
      tx.run<Omit<HouseFiguresRecord, 'direct' | 'kernpartners' | 'nogNiet' | 'indirect'>>(HOUSES_QUERY),
      tx.run<{ houseId: string; counts: [LevelCode, number][] }>(ANSWER_LEVEL_COUNTS_QUERY, { levels: COUNTED_LEVELS }),
    ]);
    const byHouse = new Map(counts.records.map((r) => [r.get('houseId'), new Map(r.get('counts'))]));
    return houses.records.map((r) => {
      const own = byHouse.get(r.get('id')) ?? new Map<LevelCode, number>();
      const n = (level: LevelCode) => own.get(level) ?? 0;
      return {
        ...r.toObject(),
        direct: DIRECT_LEVELS.reduce((sum, level) => sum + n(level), 0),
        kernpartners: n('kernpartner'),
        nogNiet: n('nog_niet'),
        indirect: n('indirect'),
      };
    });
  });
}

/**
 * The answers of every house for the given types (the matrix columns, or the Art. 8 types):
 * starts from the types by their unique code and walks their incoming answers, one row per house.
 * A house without an answer for a type has no pair for it.
 */
export const TYPE_ANSWERS_QUERY = `
  MATCH (t:ActorType) WHERE t.code IN $typeCodes
  MATCH (h:House)-[a:ANSWERED]->(t)
  RETURN h.id AS houseId, collect([t.code, a.level]) AS answers`;

export function readTypeAnswers(typeCodes: string[]): Promise<TypeAnswerRecord[]> {
  return readTx(async (tx) => {
    const result = await tx.run<{ answers: [string, LevelCode][]; houseId: string }>(TYPE_ANSWERS_QUERY, { typeCodes });
    return result.records.flatMap((r) => r.get('answers').map(([typeCode, level]) => ({ houseId: r.get('houseId'), typeCode, level })));
  });
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
