/** CI: fails when the entities and the committed migrations disagree. */
import { createTestDatabase } from '@inspraak/server-database/testing';
import { pendingSchemaChanges } from '@inspraak/server-database';
import { ENTITIES, MIGRATIONS } from '@inspraak/server-migrations';

async function main() {
  const db = await createTestDatabase({ entities: ENTITIES, migrations: MIGRATIONS });
  try {
    const pending = await pendingSchemaChanges(db.dataSource);
    if (pending.length) {
      process.stderr.write(
        `Entities and migrations disagree; run \`npm run migration:generate -- <Name>\`. Missing:\n${pending.map((q) => `  ${q}`).join('\n')}\n`,
      );
      process.exitCode = 1;
    } else {
      process.stdout.write(
        `Migrations check: ${MIGRATIONS.length} migrations match the entities.\n`,
      );
    }
  } finally {
    await db.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
