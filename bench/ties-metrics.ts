// Speed of the Netwerk panel's figures (issue 17): density, ties and betweenness per partner,
// partners without a tie and single points of failure, for a house of 150 organisations and 600
// ties (and 12 forums), computed by graphology + graphology-metrics. Target: ≤ 50 ms.
// Pure: needs no database. Prints the median and p95 of 200 runs and their ratio to the target.
//
// Usage: npx tsx bench/ties-metrics.ts [actors=150] [ties=600]
import { networkMetrics, type MetricsInput } from '../lib/domain/ties/network-metrics';
import { TIE_KINDS } from '../lib/domain/ties/tie-kinds';
import { LEVEL_CODES } from '../lib/domain/levels';
import { createRandom } from '../seed/demo/prng';

const [actorCount, tieCount] = [Number(process.argv[2] ?? 150), Number(process.argv[3] ?? 600)];
const TARGET_MS = 50;
const random = createRandom(17);

const actors = Array.from({ length: actorCount }, (_, i) => ({ id: `a${i}`, name: `Organisatie ${i}`, level: random.pick(LEVEL_CODES.slice(0, 5)) }));
const forums = Array.from({ length: 12 }, (_, i) => ({
  id: `f${i}`,
  name: `Overleg ${i}`,
  members: random.shuffle(actors.map((a) => a.id)).slice(0, random.int(2, 12)),
}));
const seen = new Set<string>();
const ties: MetricsInput['ties'][number][] = [];
while (ties.length < tieCount) {
  const [from, to] = [random.pick(actors).id, random.pick(actors).id];
  const kind = random.pick(TIE_KINDS);
  if (from === to || seen.has(`${kind}:${from}:${to}`)) continue;
  seen.add(`${kind}:${from}:${to}`);
  ties.push({ from, to, kind });
}
const input: MetricsInput = { actors, forums, ties };

for (let i = 0; i < 20; i++) networkMetrics(input); // warm up the JIT
// Wall time, and the CPU time of this process (the machine is shared: wall time includes waiting
// for a core, CPU time is what the computation itself costs).
const times: number[] = [];
const cpu: number[] = [];
let last = networkMetrics(input);
for (let i = 0; i < 200; i++) {
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  last = networkMetrics(input);
  const used = process.cpuUsage(cpuStart);
  cpu.push((used.user + used.system) / 1000);
  times.push(performance.now() - started);
}
const quantile = (list: number[], q: number) => [...list].sort((a, b) => a - b)[Math.floor(list.length * q)];
const median = quantile(times, 0.5);
const p95 = quantile(cpu, 0.95);
console.log(`Netwerk figures for ${actorCount} organisations (${last.partners} direct partners), ${tieCount} ties, ${forums.length} forums`);
console.log(`  density ${last.density}, ${last.cutPoints.length} single points of failure, ${last.unconnected.length} partners without a tie`);
console.log(
  `  wall time median ${median.toFixed(2)} ms, p95 ${quantile(times, 0.95).toFixed(2)} ms (load average ${(await import('node:os')).loadavg()[0].toFixed(1)})`,
);
console.log(
  `  CPU time median ${quantile(cpu, 0.5).toFixed(2)} ms, p95 ${p95.toFixed(2)} ms; target ≤ ${TARGET_MS} ms: CPU p95 is ${(p95 / TARGET_MS).toFixed(2)}× the target ${p95 <= TARGET_MS ? '(ok)' : '(TOO SLOW)'}`,
);
if (p95 > TARGET_MS) process.exitCode = 1;
