// Benchmark of Kind en Gezin's overview (issue 6): the house table and the mandatory matrix over
// 300 houses, against a bare RETURN 1, on a temporary Neo4j of its own. Run with
// `npm run bench:overview` (or `npx tsx bench/overview.ts`); options: --houses=300 --runs=200.
// Also a survey round's figures (issue 19): every one of the 300 houses submits to one round
// (through the product's own submission step), then the round's figures are timed as /cijfers
// reads them for a round (one statement over the submissions' lists), plus the pure step that
// turns them into a source's figures.
//
// It prints p50/p95 per query, the ratios to RETURN 1, the whole page load (both queries in
// parallel plus the pure builders), and the PROFILE plan of each query, so index use is visible.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureServerBuilt, findFreePort, startNeo4j } from '../graph/server/local-neo4j.mjs';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const HOUSES = Number(args.houses ?? 300);
const RUNS = Number(args.runs ?? 200);
const WARMUP = 30;
const LIMIT_MS = 300;
const LIMIT_RATIO = 10;

interface Stats {
  p50: number;
  p95: number;
  max: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

/**
 * Times the cases interleaved (each run does every case once, in turn), so a busy machine slows
 * them alike and the ratios stay fair; warm-up runs first.
 */
async function timeInterleaved(cases: [string, () => Promise<unknown>][]): Promise<Map<string, Stats>> {
  for (let i = 0; i < WARMUP; i++) for (const [, run] of cases) await run();
  const samples = new Map(cases.map(([label]) => [label, [] as number[]]));
  for (let i = 0; i < RUNS; i++) {
    for (const [label, run] of cases) {
      const started = performance.now();
      await run();
      samples.get(label)!.push(performance.now() - started);
    }
  }
  const result = new Map([...samples].map(([label, values]) => [label, stats(values)]));
  for (const [label, s] of result) {
    console.log(
      `  ${label.padEnd(46)} p50 ${s.p50.toFixed(2).padStart(7)} ms   p95 ${s.p95.toFixed(2).padStart(7)} ms   max ${s.max.toFixed(2).padStart(7)} ms`,
    );
  }
  return result;
}

interface PlanOperator {
  operatorType: string;
  arguments: Record<string, unknown>;
  rows?: number;
  dbHits?: number;
  children: PlanOperator[];
}

function planLines(op: PlanOperator, depth = 0): string[] {
  const details = String(op.arguments.Details ?? '').replace(/\s+/g, ' ');
  const counts = op.rows === undefined ? '' : `  (rows ${op.rows}, db hits ${op.dbHits})`;
  const line = `${'    '.repeat(depth)}${op.operatorType.replace(/@.*$/, '')}${details ? `  ${details.slice(0, 110)}` : ''}${counts}`;
  return [line, ...op.children.flatMap((c) => planLines(c, depth + 1))];
}

function operators(op: PlanOperator): string[] {
  return [op.operatorType.replace(/@.*$/, ''), ...op.children.flatMap(operators)];
}

async function main() {
  ensureServerBuilt();
  const home = mkdtempSync(path.join(os.tmpdir(), 'netwerkkaart-bench-'));
  const server = await startNeo4j({ home: path.join(home, 'neo4j'), port: await findFreePort(), passwordFile: path.join(home, 'password'), quiet: true });
  Object.assign(process.env, { NEO4J_URI: server.uri, NEO4J_USER: server.user, NEO4J_PASSWORD: server.password, NEO4J_DATABASE: server.database });
  // Imported after the environment names the temporary server: graph/ reads it on first use.
  const { closeDriver } = await import('../graph/driver');
  const { readTx } = await import('../graph/session');
  const { applyMigrations } = await import('../graph/schema/apply-migrations');
  const { saveCatalogue } = await import('../graph/repositories/catalogue');
  const { writeDemo } = await import('../graph/repositories/demo');
  const { ANSWER_LEVEL_COUNTS_QUERY, HOUSES_QUERY, TYPE_ANSWERS_QUERY, readHouseFigures, readTypeAnswers } = await import('../graph/repositories/overview');
  const { DIRECT_LEVELS } = await import('../lib/domain/levels');
  const { readCatalogueFile } = await import('../lib/reference/catalogue-file');
  const { matrixColumns } = await import('../lib/reference/matrix-columns');
  const { toOverviewHouses } = await import('../lib/domain/overview/overview-house');
  const { buildOverviewRows } = await import('../lib/domain/overview/overview-table');
  const { buildMandatoryMatrix } = await import('../lib/domain/overview/mandatory-matrix');
  const { scaledDemo } = await import('./scale-demo');
  const { createRound, readFictionalHouseIds, readQuestionnaireTypes, readRoundFigures, ROUND_FIGURES_QUERY } = await import('../graph/repositories/rounds');
  const { readHouseNetworkIn } = await import('../graph/repositories/house-network');
  const { writeTx } = await import('../graph/session');
  const { submitInTx } = await import('../lib/use-cases/rounds/submission-step');
  const { roundFormRows } = await import('../lib/domain/rounds/round-form');
  const { figuresFromHouses } = await import('../lib/domain/survey/source-figures');
  const { demoRoundFields } = await import('../seed/demo/demo-round');
  const { createRandom } = await import('../seed/demo/prng');
  const { readReportFigures } = await import('../lib/reference/report-figures');

  let failed = false;
  try {
    // The same two steps scripts/setup-database.ts runs: schema migrations, then the catalogue.
    await applyMigrations();
    await saveCatalogue(readCatalogueFile());
    const started = Date.now();
    for (const dataset of scaledDemo(HOUSES)) await writeDemo(dataset);
    const counts = await readTx(async (tx) => {
      const r = await tx.run('MATCH (h:House) WITH count(h) AS houses MATCH ()-[a:ANSWERED]->() RETURN houses, count(a) AS answers');
      return r.records[0].toObject() as { houses: number; answers: number };
    });
    console.log(
      `\nNeo4j ${server.uri}: ${counts.houses} houses, ${counts.answers} answers (written in ${((Date.now() - started) / 1000).toFixed(1)} s); ${RUNS} timed runs after ${WARMUP} warm-up runs.\n`,
    );

    // One round over every house, each house submitting once, as a coordinator would.
    const roundStarted = Date.now();
    const roundId = 'bench-bevraging';
    const houseIds = await readTx((tx) => readFictionalHouseIds(tx));
    const roundDay = new Date().toISOString().slice(0, 10);
    await writeTx((tx) =>
      createRound(tx, {
        id: roundId,
        name: 'Bevraging (bench)',
        opensOn: roundDay,
        closesOn: roundDay,
        message: null,
        by: 'bench',
        fictional: true,
        houseIds,
        provinces: [],
      }),
    );
    const random = createRandom(2027);
    for (let i = 0; i < houseIds.length; i += 25) {
      await writeTx(async (tx) => {
        const questionnaire = await readQuestionnaireTypes(tx);
        for (const houseId of houseIds.slice(i, i + 25)) {
          const network = (await readHouseNetworkIn(tx, houseId))!;
          const fields = demoRoundFields(roundFormRows(questionnaire, network, null), random);
          const actor = { id: 'bench', name: 'Bench', role: 'coordinator' as const, houseIds: [houseId] };
          await submitInTx(tx, actor, houseId, roundId, fields, { today: roundDay, at: null, audit: true });
        }
      });
    }
    const report = readReportFigures();
    const bins = { direct: report.direct.bins, kernpartners: report.kernpartners.bins };
    const roundFigures = async () => {
      const { answers, sizes } = await readTx((tx) => readRoundFigures(tx, { roundId, filter: {} }));
      return figuresFromHouses(sizes.length, answers, sizes, bins);
    };
    const submitted = (await roundFigures()).houses;
    console.log(`Survey round: ${submitted} houses submitted (written in ${((Date.now() - roundStarted) / 1000).toFixed(1)} s).\n`);

    const columns = matrixColumns();
    const codes = columns.map((c) => c.code);
    const timed = await timeInterleaved([
      ['RETURN 1 (read transaction, round trip)', () => readTx((tx) => tx.run('RETURN 1'))],
      ['overview: house figures (2 statements, 1 tx)', () => readHouseFigures()],
      ['matrix: mandatory answers (TYPE_ANSWERS_QUERY)', () => readTypeAnswers(codes)],
      [
        'page data: both in parallel + table + matrix',
        async () => {
          const [f, a] = await Promise.all([readHouseFigures(), readTypeAnswers(codes)]);
          const rows = buildOverviewRows(toOverviewHouses(f, a, columns), columns, {});
          return buildMandatoryMatrix(rows, columns);
        },
      ],
      ['round: figures of the submissions (1 statement)', roundFigures],
    ]);
    const [bare, figures, matrix, page, round] = [...timed.values()];
    const rows = (await readHouseFigures()).length;

    console.log(`\nRatios to RETURN 1 (limits: p95 within ${LIMIT_MS} ms; p50 and p95 each within ${LIMIT_RATIO}x those of RETURN 1)`);
    const check = (label: string, s: Stats) => {
      const ratio50 = s.p50 / bare.p50;
      const ratio95 = s.p95 / bare.p95;
      const ok = s.p95 <= LIMIT_MS && ratio50 <= LIMIT_RATIO && ratio95 <= LIMIT_RATIO;
      if (!ok) failed = true;
      console.log(`  ${label.padEnd(44)} p50 ${ratio50.toFixed(1).padStart(5)}x   p95 ${ratio95.toFixed(1).padStart(5)}x   ${ok ? 'OK' : 'TOO SLOW'}`);
    };
    check('overview: house figures', figures);
    check('matrix: mandatory answers', matrix);
    check('page data (both + builders)', page);
    check(`round: figures of ${submitted} submissions`, round);
    console.log(`  (the table has ${rows} rows)`);

    console.log('\nPlans (PROFILE; index operators marked ◀)');
    for (const [label, query, params] of [
      ['overview, houses (HOUSES_QUERY)', HOUSES_QUERY, {}],
      ['overview, level counts (ANSWER_LEVEL_COUNTS_QUERY)', ANSWER_LEVEL_COUNTS_QUERY, { levels: [...DIRECT_LEVELS, 'nog_niet', 'indirect'] }],
      ['matrix: mandatory answers (TYPE_ANSWERS_QUERY)', TYPE_ANSWERS_QUERY, { typeCodes: codes }],
      ['round: its figures (ROUND_FIGURES_QUERY)', ROUND_FIGURES_QUERY, { roundId, province: null, urbanisation: null, intermunicipal: null }],
    ] as const) {
      const summary = await readTx(async (tx) => (await tx.run(`PROFILE ${query}`, params)).summary);
      const plan = summary.profile as unknown as PlanOperator;
      const used = operators(plan).filter((o) => /Index|Seek/.test(o));
      console.log(`\n  ${label}: ${used.length ? `uses ${[...new Set(used)].join(', ')}` : 'NO INDEX USED'}`);
      for (const line of planLines(plan)) console.log(`    ${line}${/Index|Seek/.test(line) ? '   ◀' : ''}`);
      if (!used.length) failed = true;
    }
  } finally {
    await closeDriver();
    await server.stop();
    rmSync(home, { recursive: true, force: true });
  }
  console.log(failed ? '\nResult: a limit was not met.' : '\nResult: every limit met.');
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
