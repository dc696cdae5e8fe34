import type { HouseIdentity } from '../house';
import type { LevelCode } from '../levels';
import type { Province, Urbanisation } from '../regions';

/**
 * The rows the overview, the comparison and the survey figures read from the graph: record types
 * of the domain, filled by graph/repositories/{overview,regional-network,survey-figures}.ts.
 */

/** One house with its answer counts, as the overview table needs it. */
export interface HouseFiguresRecord extends HouseIdentity {
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

export interface HouseAnswers {
  house: { id: string; name: string; province: Province; urbanisation: Urbanisation };
  answers: { typeCode: string; level: LevelCode }[];
}

export interface RegionalOrganisationRecord {
  id: string;
  name: string;
  typeCode: string;
  typeName: string;
  links: { houseId: string; level: LevelCode }[];
}

export interface AnswerCount {
  typeCode: string;
  level: LevelCode;
  houses: number;
}

export interface HouseActorCounts {
  houseId: string;
  urbanisation: string;
  /** Answers minimaal, gemiddeld or kernpartner, over all types the house answered (incl. added ones). */
  direct: number;
  kernpartners: number;
}

export interface HouseCellCount {
  province: string | null;
  urbanisation: string | null;
  intermunicipal: boolean | null;
  houses: number;
}
