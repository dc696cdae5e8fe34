import { resetDemo, writeDemo } from '../../graph/repositories/demo';
import { countHouses } from '../../graph/repositories/houses';
import { computeFit, formatFit, summariseDataset } from './fit-report';
import { generateDemo } from './generate-demo';
import { loadDemoHistory } from './load-demo-history';
import { demoRoundExists, loadDemoRound } from './load-demo-round';

export interface LoadDemoOptions {
  /** Remove the fictional data first; without it, a database that holds any house is left alone. */
  reset?: boolean;
  log?: (line: string) => void;
}

/**
 * Generates the demo, prints how it fits the report, and writes it. On a database that already
 * holds houses it does nothing unless `reset` is set (then only fictional data is replaced).
 */
export async function loadDemo({ reset = false, log = console.log }: LoadDemoOptions = {}): Promise<{ houses: number; ms: number }> {
  const started = Date.now();
  if (!reset) {
    const existing = await countHouses();
    if (existing > 0) {
      log(
        `The database already holds ${existing} ${existing === 1 ? 'house' : 'houses'}; the demo data was not loaded. ` +
          'Use `npm run seed:demo -- --reset` to replace the fictional houses (real houses are kept).',
      );
      // A database whose demo was loaded before survey rounds existed gets the demo's round once.
      if (!(await demoRoundExists())) await loadDemoRound(log);
      return { houses: 0, ms: Date.now() - started };
    }
  }
  log('Generating the demo data: 116 fictional houses ...');
  const dataset = generateDemo();
  const fit = computeFit(summariseDataset(dataset));
  for (const line of formatFit(fit)) log(line);
  if (!fit.rowsExact) throw new Error('The generated demo does not reproduce Tabel 14-25; nothing was written.');
  if (reset) {
    const removed = await resetDemo();
    log(`Removed the previous demo data: ${removed.houses} fictional houses, ${removed.actors} organisations, ${removed.forums} forums.`);
  }
  log(`Writing ${dataset.customTypes.length} added types, ${dataset.forums.length} forums and ${dataset.actors.length} organisations ...`);
  await writeDemo(dataset, (done, total) => log(`Writing houses ${done}/${total} ...`));
  // How the houses got there (2015-2016), for the Tijdlijn and step 6 of the presentation.
  await loadDemoHistory(dataset, log);
  await loadDemoRound(log);
  const ms = Date.now() - started;
  log(`Demo data loaded: ${dataset.houses.length} fictional houses in ${(ms / 1000).toFixed(1)} s.`);
  return { houses: dataset.houses.length, ms };
}
