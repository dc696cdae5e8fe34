// Restores a JSON backup (from Beheer › Back-up) into an EMPTY database, from the command line:
//   npx tsx --conditions=react-server scripts/restore-json.ts netwerkkaart-backup-….json
// with the NEO4J_* settings of the target (or the local server of `npm start`, started with
// NETWERKKAART_DEMO=0 so that no demo houses are loaded first). Refuses a database with data.
import { readFileSync } from 'node:fs';
import { closeDriver } from '../graph/driver';
import { parseBackup, restoreBackup } from '../lib/use-cases/backup/restore-backup';
import { SYSTEM_ACTORS } from '../lib/domain/actor';

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error('Geef het back-upbestand: npx tsx --conditions=react-server scripts/restore-json.ts <bestand.json>');
  const backup = parseBackup(new Uint8Array(readFileSync(file)));
  const outcome = await restoreBackup(SYSTEM_ACTORS.commandLine, backup, (done, total) => process.stdout.write(`\r  ${done}/${total}`));
  console.log(
    `\nTeruggezet: ${outcome.nodes} knopen en ${outcome.relationships} relaties in ${(outcome.elapsedMs / 1000).toFixed(1)} s (back-up van ${backup.createdAt}).`,
  );
}

main()
  .catch((error) => {
    console.error(error?.userMessage ?? error?.message ?? error);
    process.exitCode = 1;
  })
  .finally(() => closeDriver());
