// Brings a database up to date: schema migrations, then the actor catalogue. Run by `npm start`
// and `npm test` on every start; both steps are idempotent.
import { closeDriver } from '../graph/driver';
import { applyMigrations, readSchemaVersion } from '../graph/schema/apply-migrations';
import { saveCatalogue } from '../graph/repositories/catalogue';
import { readCatalogueFile } from '../seed/catalogue';

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
}

main()
  .catch((error) => {
    console.error(`Database setup failed: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  })
  .finally(() => closeDriver());
