import { afterAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { readActorTypes, readClusters, saveCatalogue } from '@/graph/repositories/catalogue';
import { toStoredCatalogue } from '@/lib/domain/catalogue';
import { readCatalogueFile } from '@/lib/reference/catalogue-file';

function catalogueFromFile() {
  const { clusters, types } = toStoredCatalogue(readCatalogueFile());
  return { clusters, types: types.map((t) => ({ ...t, alsoFits: [...t.alsoFits].sort() })) };
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
