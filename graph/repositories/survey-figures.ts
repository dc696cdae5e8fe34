import type { SurveyFilter } from '../../lib/domain/survey/survey-filter';
import { readTx } from '../session';
import type { AnswerCount, HouseActorCounts, HouseCellCount } from '../../lib/domain/overview/records';

// One WHERE clause for every query, driven by parameters (null = no condition).
export const HOUSE_FILTER = `($province IS NULL OR h.province = $province)
  AND ($urbanisation IS NULL OR h.urbanisation = $urbanisation)
  AND ($intermunicipal IS NULL OR h.intermunicipal = $intermunicipal)`;

export function filterParams(filter: SurveyFilter) {
  return {
    province: filter.provincie ?? null,
    urbanisation: filter.verstedelijking ?? null,
    intermunicipal: filter.intergemeentelijk ? filter.intergemeentelijk === 'ja' : null,
  };
}

export function countFilteredHouses(filter: SurveyFilter): Promise<number> {
  return readTx(async (tx) => {
    const result = await tx.run<{ n: number }>(`MATCH (h:House) WHERE ${HOUSE_FILTER} RETURN count(h) AS n`, filterParams(filter));
    return result.records[0].get('n');
  });
}

/** How many of the selected houses gave each answer, per catalogue type (Tabel 14-25). */
export function countAnswersPerType(filter: SurveyFilter): Promise<AnswerCount[]> {
  return readTx(async (tx) => {
    const result = await tx.run(
      `MATCH (h:House) WHERE ${HOUSE_FILTER}
       MATCH (h)-[a:ANSWERED]->(t:ActorType {catalogue: true})
       RETURN t.code AS typeCode, a.level AS level, count(*) AS houses`,
      filterParams(filter),
    );
    return result.records.map((r) => ({ typeCode: r.get('typeCode'), level: r.get('level'), houses: r.get('houses') }));
  });
}

/** Per selected house, its number of directly involved types and of kernpartners (Tabel 26/27). */
export function countActorsPerHouse(filter: SurveyFilter): Promise<HouseActorCounts[]> {
  return readTx(async (tx) => {
    const result = await tx.run<HouseActorCounts>(
      `MATCH (h:House) WHERE ${HOUSE_FILTER}
       OPTIONAL MATCH (h)-[a:ANSWERED]->(:ActorType)
       WITH h, count(CASE WHEN a.level IN ['minimaal', 'gemiddeld', 'kernpartner'] THEN 1 END) AS direct,
               count(CASE WHEN a.level = 'kernpartner' THEN 1 END) AS kernpartners
       RETURN h.id AS houseId, h.urbanisation AS urbanisation, direct, kernpartners
       ORDER BY houseId`,
      filterParams(filter),
    );
    return result.records.map((r) => r.toObject());
  });
}

/** How many houses share each combination of province, urbanisation and intermunicipality. */
export function countHouseCells(): Promise<HouseCellCount[]> {
  return readTx(async (tx) => {
    const result = await tx.run(
      `MATCH (h:House)
       RETURN h.province AS province, h.urbanisation AS urbanisation, h.intermunicipal AS intermunicipal, count(*) AS houses`,
    );
    return result.records.map((r) => ({
      province: r.get('province'),
      urbanisation: r.get('urbanisation'),
      intermunicipal: r.get('intermunicipal'),
      houses: r.get('houses'),
    }));
  });
}
