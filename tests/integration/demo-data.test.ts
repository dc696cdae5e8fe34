import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { resetDemo, writeDemo } from '@/graph/repositories/demo';
import { createHouse } from '@/graph/repositories/houses';
import { readTx, writeTx } from '@/graph/session';
import { LEVEL_CODES, strongestLevel, type LevelCode } from '@/lib/domain/levels';
import { readCatalogueFile } from '@/lib/reference/catalogue-file';
import { countsByLevel } from '@/lib/domain/catalogue';
import survey from '@/seed/data/survey-2016.json';
import { computeFit, FIT_LIMITS, type FitInput, type RowCounts } from '@/seed/demo/fit-report';
import { generateDemo } from '@/seed/demo/generate-demo';
import { ensureDemoAccounts } from '@/seed/demo/demo-accounts';
import { loadDemo } from '@/seed/demo/load-demo';

// Loads the demo into the shared test database (reset only touches fictional data) and checks it
// with Cypher against the report's figures held in seed/data.
const dataset = generateDemo();
const ids = dataset.houses.map((h) => h.id);
const quiet = () => {};

/** Every demo node and relationship with its properties, in a stable order, hashed. */
async function fingerprint(): Promise<{ nodes: number; relationships: number; demoRows: number; hash: string }> {
  return readTx(async (tx) => {
    const totals = await tx.run(
      `CALL { MATCH (n) RETURN count(n) AS nodes }
       CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
       RETURN nodes, relationships`,
    );
    const rows = await tx.run(
      `MATCH (n) WHERE (n:House AND n.id IN $ids) OR ((n:Actor OR n:Forum) AND n.fictional = true) OR (n:ActorType AND n.demo = true)
       OPTIONAL MATCH (n)-[r]->(m)
       RETURN labels(n)[0] + ' ' + coalesce(n.id, n.code) AS node, properties(n) AS props,
              type(r) AS rel, coalesce(m.id, m.code) AS target, properties(r) AS relProps`,
      { ids },
    );
    const lines = rows.records.map((r) => stableJson([r.get('node'), r.get('props'), r.get('rel'), r.get('target'), r.get('relProps')])).sort();
    return {
      nodes: totals.records[0].get('nodes') as number,
      relationships: totals.records[0].get('relationships') as number,
      demoRows: lines.length,
      hash: createHash('sha256').update(lines.join('\n')).digest('hex'),
    };
  });
}

function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
  // Temporal values (updatedAt, due) carry a toString that gives their ISO form.
  if (entries.length && 'year' in (value as object)) return JSON.stringify(String(value));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
}

async function fitInputFromGraph(): Promise<FitInput> {
  return readTx(async (tx) => {
    const houses = await tx.run(
      `MATCH (h:House) WHERE h.id IN $ids
       OPTIONAL MATCH (h)-[a:ANSWERED]->(:ActorType)
       WITH h,
            count(CASE WHEN a.level IN ['minimaal', 'gemiddeld', 'kernpartner'] THEN 1 END) AS direct,
            count(CASE WHEN a.level = 'kernpartner' THEN 1 END) AS kernpartners
       RETURN h.urbanisation AS urbanisation, direct, kernpartners`,
      { ids },
    );
    const rows = await tx.run(
      `MATCH (t:ActorType {catalogue: true}) WHERE t.counts2016 IS NOT NULL
       OPTIONAL MATCH (h:House)-[a:ANSWERED]->(t) WHERE h.id IN $ids
       RETURN t.code AS code, collect(a.level) AS levels`,
      { ids },
    );
    const rowCounts: Record<string, RowCounts> = {};
    for (const record of rows.records) {
      const levels = record.get('levels') as LevelCode[];
      const counts = Object.fromEntries([...LEVEL_CODES, 'none'].map((k) => [k, 0])) as RowCounts;
      for (const level of levels) counts[level]++;
      counts.none = ids.length - levels.length;
      rowCounts[record.get('code') as string] = counts;
    }
    return {
      houses: houses.records.map((r) => ({
        urbanisation: r.get('urbanisation'),
        direct: r.get('direct') as number,
        kernpartners: r.get('kernpartners') as number,
      })),
      rows: rowCounts,
    };
  });
}

describe('the demo data in Neo4j', () => {
  beforeAll(async () => {
    await loadDemo({ reset: true, log: quiet });
  });
  afterAll(async () => {
    // The resets above recreate the houses; put the demo accounts' links back for later tests.
    await ensureDemoAccounts({ log: quiet });
    await closeDriver();
  });

  it('holds the 116 fictional houses', async () => {
    const n = await readTx(async (tx) => {
      const result = await tx.run('MATCH (h:House {fictional: true}) WHERE h.id IN $ids RETURN count(h) AS n', { ids });
      return result.records[0].get('n') as number;
    });
    expect(n).toBe(survey.houses);
  });

  it('gives back every row of Tabel 14 to 25 when recomputed from the stored answers', async () => {
    const input = await fitInputFromGraph();
    const counted = readCatalogueFile().actorTypes.filter((t) => t.counts2016);
    expect(Object.keys(input.rows).sort()).toEqual(counted.map((t) => t.code).sort());
    for (const type of counted) {
      const expected = { ...countsByLevel(type.counts2016!), none: survey.houses - type.counts2016!.totaal };
      expect(input.rows[type.code], type.code).toEqual(expected);
    }
  });

  it('keeps Tabel 26 and 27 within 2 houses per bin and the 4.4.3 means within 0.5', async () => {
    const fit = computeFit(await fitInputFromGraph());
    for (const bin of [...fit.direct, ...fit.kernpartners]) expect(Math.abs(bin.delta), bin.label).toBeLessThanOrEqual(FIT_LIMITS.binHouses);
    for (const m of fit.means) {
      expect(m.houses).toBeGreaterThan(0);
      expect(Math.abs(m.direct.delta), m.urbanisation).toBeLessThanOrEqual(FIT_LIMITS.mean);
      expect(Math.abs(m.kernpartners.delta), m.urbanisation).toBeLessThanOrEqual(FIT_LIMITS.mean);
    }
    expect(fit.direct.reduce((s, b) => s + b.demo, 0)).toBe(survey.directActors.total);
    expect(fit.kernpartners.reduce((s, b) => s + b.demo, 0)).toBe(survey.kernpartners.total);
  });

  it('stores derived answers equal to the strongest level of the named organisations', async () => {
    const rows = await readTx(async (tx) => {
      const result = await tx.run(
        `MATCH (h:House)-[a:ANSWERED {derived: true}]->(t:ActorType) WHERE h.id IN $ids
         OPTIONAL MATCH (h)-[i:INVOLVES]->(:Actor)-[:OF_TYPE]->(t)
         RETURN h.id AS house, t.code AS type, a.level AS level, collect(i.level) AS levels`,
        { ids },
      );
      return result.records.map((r) => ({ house: r.get('house'), type: r.get('type'), level: r.get('level'), levels: r.get('levels') as LevelCode[] }));
    });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(strongestLevel(row.levels), `${row.house} ${row.type}`).toBe(row.level);
  });

  it('gives every planned involvement an owner and a next step, and every indirect one a forum path', async () => {
    const counts = await readTx(async (tx) => {
      const result = await tx.run(
        `MATCH (h:House)-[i:INVOLVES]->(a:Actor) WHERE h.id IN $ids
         RETURN count(CASE WHEN i.level = 'nog_niet' THEN 1 END) AS planned,
                count(CASE WHEN i.level = 'nog_niet' AND (i.owner IS NULL OR i.nextStep IS NULL) THEN 1 END) AS plannedWithoutOwner,
                count(CASE WHEN i.level = 'indirect' THEN 1 END) AS indirect,
                count(CASE WHEN i.level = 'indirect'
                           AND NOT EXISTS { MATCH (h)-[:PARTICIPATES_IN]->(f:Forum)<-[:MEMBER_OF]-(a) WHERE f.id = i.via } THEN 1 END) AS indirectWithoutPath`,
        { ids },
      );
      return result.records[0].toObject() as Record<string, number>;
    });
    expect(counts.planned).toBeGreaterThan(0);
    expect(counts.plannedWithoutOwner).toBe(0);
    expect(counts.indirect).toBeGreaterThan(0);
    expect(counts.indirectWithoutPath).toBe(0);
  });

  it('gives the houses that name organisations fictional ties between their own organisations only', async () => {
    const rows = await readTx(async (tx) => {
      const result = await tx.run(
        `MATCH (a:Actor)-[w:WORKS_WITH]->(b:Actor) WHERE w.houseId IN $ids
         RETURN w.houseId AS house, w.kind AS kind, coalesce(w.fictional, false) AS fictional,
                EXISTS { MATCH (:House {id: w.houseId})-[:INVOLVES]->(a) } AND EXISTS { MATCH (:House {id: w.houseId})-[:INVOLVES]->(b) } AS own`,
        { ids },
      );
      return result.records.map((r) => r.toObject() as { house: string; kind: string; fictional: boolean; own: boolean });
    });
    const named = dataset.houses.filter((h) => h.named);
    expect(rows).toHaveLength(named.reduce((n, h) => n + h.ties.length, 0));
    expect(new Set(rows.map((r) => r.house))).toEqual(new Set(named.map((h) => h.id)));
    expect(rows.every((r) => r.fictional && r.own)).toBe(true);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['doorverwijzing', 'afstemming', 'co-creatie', 'informatie-uitwisseling']));
  });

  it('gives the same database when the demo is written or loaded again', async () => {
    const before = await fingerprint();
    const written = dataset.houses.reduce((n, h) => n + h.answers.length + h.involvements.length + h.forums.length, 0);
    expect(before.demoRows).toBeGreaterThanOrEqual(written);
    await writeDemo(dataset);
    expect(await fingerprint()).toEqual(before);
    await loadDemo({ reset: true, log: quiet });
    expect(await fingerprint()).toEqual(before);
  });

  it('does nothing without reset on a database that holds houses', async () => {
    const before = await fingerprint();
    const lines: string[] = [];
    const result = await loadDemo({ log: (line) => lines.push(line) });
    expect(result.houses).toBe(0);
    expect(lines.join('\n')).toContain('not loaded');
    expect(await fingerprint()).toEqual(before);
  });

  it('leaves real houses and the catalogue alone when it resets', async () => {
    const id = `demo-reset-keeps-${Date.now()}`;
    await createHouse({ id, name: 'Huis van het Kind Testgem', municipalities: ['Testgem'], province: 'Limburg', urbanisation: 'buitengebied' });
    const catalogueBefore = await countCatalogue();
    try {
      const removed = await resetDemo();
      expect(removed.houses).toBeGreaterThanOrEqual(survey.houses);
      const left = await readTx(async (tx) => {
        const result = await tx.run(
          `OPTIONAL MATCH (real:House {id: $id})
           OPTIONAL MATCH (demo:House) WHERE demo.id IN $ids
           RETURN count(DISTINCT real) AS real, count(DISTINCT demo) AS demo`,
          { id, ids },
        );
        return result.records[0].toObject() as Record<string, number>;
      });
      expect(left).toEqual({ real: 1, demo: 0 });
      expect(await countCatalogue()).toEqual(catalogueBefore);
    } finally {
      await writeTx((tx) => tx.run('MATCH (h:House {id: $id}) DETACH DELETE h', { id }));
      await loadDemo({ reset: true, log: quiet });
    }
  });
});

async function countCatalogue(): Promise<Record<string, number>> {
  return readTx(async (tx) => {
    const result = await tx.run(
      `CALL { MATCH (t:ActorType {catalogue: true}) RETURN count(t) AS types }
       CALL { MATCH (c:Cluster) RETURN count(c) AS clusters }
       CALL { MATCH (:ActorType {catalogue: true})-[r:IN_CLUSTER]->(:Cluster) RETURN count(r) AS links }
       RETURN types, clusters, links`,
    );
    return result.records[0].toObject() as Record<string, number>;
  });
}
