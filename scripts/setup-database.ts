// Brings a database up to date: schema migrations, the actor catalogue, and in demo mode the
// demo data when the database holds no house yet, with the demo accounts. Run by `npm start` and `npm test` on every
// start; every step is idempotent. Demo mode is on for the local server and off for a server
// given by NEO4J_URI, unless NETWERKKAART_DEMO says otherwise (1 or 0).
import { closeDriver } from '../graph/driver';
import { applyMigrations, readSchemaVersion } from '../graph/schema/apply-migrations';
import { saveCatalogue } from '../graph/repositories/catalogue';
import { readCatalogueFile } from '../lib/reference/catalogue-file';
import { loadDemo } from '../seed/demo/load-demo';
import { demoModeOn } from '../graph/config';
import { ensureDemoAccounts } from '../seed/demo/demo-accounts';

async function main() {
  const started = Date.now();
  const applied = await applyMigrations((line) => console.log(`  ${line}`));
  const version = await readSchemaVersion();
  const catalogue = readCatalogueFile();
  await saveCatalogue(catalogue);
  console.log(
    `Database ready: schema version ${version}${applied.length ? ` (applied ${applied.join(', ')})` : ''}, ` +
      `${catalogue.actorTypes.length} actor types in ${catalogue.clusters.length} clusters (${Date.now() - started} ms).`,
  );
  if (demoModeOn()) {
    const log = (line: string) => console.log(`  ${line}`);
    await loadDemo({ log });
    await ensureDemoAccounts({ log });
  }
}

main()
  .catch((error) => {
    console.error(`Database setup failed: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  })
  .finally(() => closeDriver());
