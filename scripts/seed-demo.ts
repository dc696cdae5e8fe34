// `npm run seed:demo [-- --reset]`: loads the 116 fictional demo houses. Without --reset it only
// loads into a database without houses; with --reset it first removes the fictional data (never
// the catalogue or real houses). Uses NEO4J_* when set, else the local server of `npm start`.
import { closeDriver } from '../graph/driver';
import { ensureDemoAccounts } from '../seed/demo/demo-accounts';
import { loadDemo } from '../seed/demo/load-demo';

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--reset');

async function main() {
  if (unknown.length > 0) {
    console.error(`Unknown option ${unknown.join(' ')}. Usage: tsx scripts/seed-demo.ts [--reset]`);
    process.exitCode = 2;
    return;
  }
  await loadDemo({ reset: args.includes('--reset'), log: (line) => console.log(line) });
  await ensureDemoAccounts({ log: (line) => console.log(line) });
}

main()
  .catch((error) => {
    console.error(`Loading the demo data failed: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  })
  .finally(() => closeDriver());
