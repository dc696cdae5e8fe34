import 'server-only';
import { readActorTypes, readClusters } from '@/graph/repositories/catalogue';
import type { StoredCluster } from '@/lib/domain/catalogue';
import { readHouseAnswers, readHouseFigures } from '@/graph/repositories/overview';
import type { HouseAnswers } from '@/lib/domain/overview/records';
import { countAnswersPerType, countFilteredHouses } from '@/graph/repositories/survey-figures';
import { assertAgencyRead } from '../access';
import type { SessionUser } from '../../domain/actor';
import { buildPairComparison, type PairComparison } from '../../domain/house-pair';
import type { PickableHouse } from '../../domain/house-search';
import type { LevelCode } from '../../domain/levels';
import { URBANISATION_LABELS } from '../../domain/regions';
import { buildComparison, type Comparison } from '../../domain/overview/comparison';
import type { ComparisonQuery } from '../../domain/overview/comparison-query';

export interface ComparisonPage {
  /** Every house, for the pickers: name, with municipalities and province to search on. */
  houses: PickableHouse[];
  clusters: StoredCluster[];
  selected: { house: HouseAnswers['house']; group: 'verstedelijking' | 'alle'; comparison: Comparison } | null;
  /** House A beside house B. */
  pair: { a: HouseAnswers['house']; b: HouseAnswers['house']; comparison: PairComparison } | null;
  /** The code of a house that does not exist, when the query names one. */
  notFound: string | null;
}

const levelsOf = (answers: HouseAnswers) => new Map(answers.answers.map((a) => [a.typeCode, a.level as LevelCode]));

/** The house pickers, and for a picked house its comparison. Kind en Gezin and beheerder only. */
export async function loadComparison(user: SessionUser, query: ComparisonQuery): Promise<ComparisonPage> {
  assertAgencyRead(user);
  const other = query.groep === 'huis' ? query.met : undefined;
  const [figures, clusters, types, own, second] = await Promise.all([
    readHouseFigures(),
    readClusters(),
    readActorTypes(),
    query.huis ? readHouseAnswers(query.huis) : Promise.resolve(null),
    other ? readHouseAnswers(other) : Promise.resolve(null),
  ]);
  const houses = figures.map((h) => ({
    id: h.id,
    name: h.name,
    detail: `${h.municipalities.join(', ')} · ${h.province} · ${URBANISATION_LABELS[h.urbanisation].toLowerCase()}`,
  }));
  const base = { houses, clusters, selected: null, pair: null, notFound: null };
  if (query.huis && !own) return { ...base, notFound: query.huis };
  if (other && !second) return { ...base, notFound: other };
  if (!own) return base;
  const catalogue = types.map((t) => ({ code: t.code, name: t.name, cluster: t.cluster, mandatory: t.mandatory }));
  if (second) return { ...base, pair: { a: own.house, b: second.house, comparison: buildPairComparison(catalogue, levelsOf(own), levelsOf(second)) } };
  const group = query.groep === 'alle' ? 'alle' : 'verstedelijking';
  const filter = group === 'verstedelijking' ? { verstedelijking: own.house.urbanisation } : {};
  const [counts, groupHouses] = await Promise.all([countAnswersPerType(filter), countFilteredHouses(filter)]);
  const comparison = buildComparison(catalogue, levelsOf(own), counts, groupHouses);
  return { ...base, selected: { house: own.house, group, comparison } };
}
