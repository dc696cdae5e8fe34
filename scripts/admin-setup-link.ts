// Prints the one-time link that creates the first beheerder, while there is none:
//   tsx scripts/admin-setup-link.ts http://localhost:3000
// Prints nothing when a beheerder exists. Uses the NEO4J_* settings like the app.
import { closeDriver } from '../graph/driver';
import { createAdminSetupLink } from '../graph/repositories/admin-setup';

async function main() {
  const baseUrl = process.argv[2] ?? `http://localhost:${process.env.PORT ?? 3000}`;
  const link = await createAdminSetupLink(baseUrl);
  if (link) console.log(`\nNo beheerder yet. Create the admin account once, within 24 hours, at:\n  ${link}\n`);
}

main()
  .catch((error) => {
    console.error(`Could not make the admin link: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  })
  .finally(() => closeDriver());
