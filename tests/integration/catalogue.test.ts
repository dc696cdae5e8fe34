import { afterAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { readActorTypes, readClusters, saveCatalogue } from '@/graph/repositories/catalogue';
import { countsAsList, readCatalogueFile } from '@/seed/catalogue';

function catalogueFromFile() {
  const file = readCatalogueFile();
  return {
    clusters: file.clusters.map((c) => ({ code: c.code, name: c.name, order: c.order, section: c.section, table: c.table, line: c.line })),
    types: file.actorTypes.map((t) => ({
      code: t.code,
      name: t.name,
      order: t.order,
      cluster: t.cluster,
      alsoFits: [...t.alsoFits].sort(),
      mandatory: t.mandatory,
      mandatoryNote: t.mandatoryNote,
      mandatoryLine: t.mandatoryLine,
      expectedByDecree: t.expectedByDecree ?? false,
      fromQuestionnaire: t.fromQuestionnaire,
      questionnaireLine: t.questionnaireLine,
      tableName: t.tableName,
      tableLine: t.tableLine,
      counts2016: t.counts2016 ? countsAsList(t.counts2016) : null,
      total2016: t.counts2016?.totaal ?? null,
    })),
  };
}

async function catalogueFromGraph() {
  const [clusters, types] = await Promise.all([readClusters(), readActorTypes()]);
  return { clusters, types: types.map((t) => ({ ...t, alsoFits: [...t.alsoFits].sort() })) };
}

describe('the actor catalogue in Neo4j', () => {
  afterAll(() => closeDriver());

  it('holds the 52 questionnaire types, the 2 extra mandatory offers and 12 clusters', async () => {
    const { clusters, types } = await catalogueFromGraph();
    expect(clusters).toHaveLength(12);
    expect(types.filter((t) => t.fromQuestionnaire)).toHaveLength(52);
    expect(types).toHaveLength(54);
  });

  it('equals the seed file, field for field', async () => {
    expect(await catalogueFromGraph()).toEqual(catalogueFromFile());
  });

  it('stays equal to the file when it is loaded again', async () => {
    await saveCatalogue(readCatalogueFile());
    expect(await catalogueFromGraph()).toEqual(catalogueFromFile());
  });
});
