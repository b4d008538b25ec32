/**
 * `npm run migration:generate -- <Name>`: applies the existing migrations to a fresh database,
 * compares with the entities and writes the difference as a new migration for review.
 */
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createTestDatabase } from '@inspraak/server-database/testing';
import { ENTITIES, MIGRATIONS } from '@inspraak/server-migrations';

async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error(
      'Give the migration a PascalCase name: npm run migration:generate -- AddTrajectories',
    );
  }
  const db = await createTestDatabase({ entities: ENTITIES, migrations: MIGRATIONS });
  try {
    const sql = await db.dataSource.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) {
      process.stdout.write('Entities and migrations agree: nothing to generate.\n');
      return;
    }
    const stamp = Date.now();
    const className = `${name}${stamp}`;
    // Migrations are schema-agnostic: they run in whatever search_path the deployment uses.
    const strip = (q: string) => q.split(`"${db.schema ?? 'public'}".`).join('');
    const lines = (qs: { query: string; parameters?: unknown[] }[]) =>
      qs
        .map(
          (q) =>
            `    await queryRunner.query(${JSON.stringify(strip(q.query))}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`,
        )
        .join('\n');
    const file = `${stamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}.ts`;
    const body = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(sql.upQueries)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines([...sql.downQueries].reverse())}
  }
}
`;
    const dir = join(__dirname, '../libs/server/migrations/src/lib');
    writeFileSync(join(dir, file), body);
    execFileSync(process.execPath, [
      require.resolve('prettier/bin/prettier.cjs'),
      '--write',
      join(dir, file),
    ]);
    const listFile = join(__dirname, '../libs/server/migrations/src/migrations.ts');
    const list = readFileSync(listFile, 'utf8');
    const imports = [...list.matchAll(/^import .*$/gm)].map((m) => m[0]);
    // Read the names whether Prettier left the array on one line or one per line.
    const names = (/MIGRATIONS = \[([\s\S]*?)\]/.exec(list)?.[1] ?? '')
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    imports.push(`import { ${className} } from './lib/${file.replace(/\.ts$/, '')}';`);
    names.push(className);
    writeFileSync(
      listFile,
      `// Generated list: \`npm run migration:generate -- <Name>\` appends here. Never edit a landed migration.\n${imports.join('\n')}\n\nexport const MIGRATIONS = [\n${names.map((n) => `  ${n},`).join('\n')}\n];\n`,
    );
    process.stdout.write(
      `Wrote libs/server/migrations/src/lib/${file} (${sql.upQueries.length} statements). Review it.\n`,
    );
  } finally {
    await db.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
