import 'server-only';
import { readActorTypes, readClusters, type StoredCluster } from '@/graph/repositories/catalogue';
import { readHouseAnswers, readHouseFigures, type HouseAnswers } from '@/graph/repositories/overview';
import { countAnswersPerType, countFilteredHouses } from '@/graph/repositories/survey-figures';
import { requireAgencyRead } from '../access';
import type { LevelCode } from '../levels';
import { buildComparison, type Comparison } from './comparison';
import type { ComparisonQuery } from './comparison-query';

export interface ComparisonPage {
  houses: { id: string; name: string; province: string }[];
  clusters: StoredCluster[];
  selected: { house: HouseAnswers['house']; group: 'verstedelijking' | 'alle'; comparison: Comparison } | null;
  notFound: boolean;
}

/** The house picker, and for a picked house its comparison. Kind en Gezin and beheerder only. */
export async function loadComparison(query: ComparisonQuery): Promise<ComparisonPage> {
  await requireAgencyRead();
  const [figures, clusters, types, own] = await Promise.all([
    readHouseFigures(),
    readClusters(),
    readActorTypes(),
    query.huis ? readHouseAnswers(query.huis) : Promise.resolve(null),
  ]);
  const houses = figures.map((h) => ({ id: h.id, name: h.name, province: h.province }));
  if (!own) return { houses, clusters, selected: null, notFound: Boolean(query.huis) };
  const group = query.groep ?? 'verstedelijking';
  const filter = group === 'verstedelijking' ? { verstedelijking: own.house.urbanisation } : {};
  const [counts, groupHouses] = await Promise.all([countAnswersPerType(filter), countFilteredHouses(filter)]);
  const comparison = buildComparison(
    types.map((t) => ({ code: t.code, name: t.name, cluster: t.cluster, mandatory: t.mandatory })),
    new Map(own.answers.map((a) => [a.typeCode, a.level as LevelCode])),
    counts,
    groupHouses,
  );
  return { houses, clusters, selected: { house: own.house, group, comparison }, notFound: false };
}
