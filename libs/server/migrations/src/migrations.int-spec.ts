import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { ENTITIES, MIGRATIONS } from './index';
import { createTestDatabase, TestDatabase } from '@inspraak/server-database/testing';
import {
  createDataSource,
  pendingSchemaChanges,
  runMigrationsLocked,
} from '@inspraak/server-database';

describe('migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ entities: ENTITIES, migrations: MIGRATIONS, migrate: false });
  });
  afterAll(() => db.close());

  it('apply once even when several processes start together, then match the entities', async () => {
    // Three "replicas" with their own pools race to migrate the same empty database.
    const replicas = [0, 1, 2].map(() =>
      createDataSource({
        url: db.url,
        entities: ENTITIES,
        migrations: MIGRATIONS,
        poolSize: 2,
        ...(db.schema ? { schema: db.schema } : {}),
      }),
    );
    await Promise.all(replicas.map((r) => r.initialize()));
    try {
      const results = await Promise.all(replicas.map((r) => runMigrationsLocked(r)));
      const applied = results.flatMap((r) => r.applied);
      expect(applied).toEqual(MIGRATIONS.map((m) => new m().name ?? m.name));
      const rows = await db.dataSource.query<{ name: string }[]>(
        'SELECT name FROM schema_migration',
      );
      expect(rows).toHaveLength(MIGRATIONS.length);
      expect(await pendingSchemaChanges(db.dataSource)).toEqual([]);
      expect((await runMigrationsLocked(replicas[0])).applied).toEqual([]);
    } finally {
      await Promise.all(replicas.map((r) => r.destroy()));
    }
  });
});

// Several processes (API replicas plus the migrate job) against a real PostgreSQL: the
// advisory lock must let exactly one apply each migration. PGlite serves one process only.
(process.env.DATABASE_URL ? describe : describe.skip)(
  'migrations from several processes (PostgreSQL)',
  () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase({ entities: ENTITIES, migrations: MIGRATIONS, migrate: false });
    });
    afterAll(() => db.close());

    it('apply each migration once', async () => {
      const root = resolve(__dirname, '../../../..');
      const outputs = await Promise.all(
        [0, 1, 2].map(
          () =>
            new Promise<{ code: number | null; out: string }>((done) => {
              const child = spawn(
                process.execPath,
                ['-r', './scripts/register.cjs', 'scripts/migrate.ts'],
                {
                  cwd: root,
                  env: { ...process.env, ...db.env },
                },
              );
              let out = '';
              child.stdout.on('data', (d: Buffer) => (out += d.toString()));
              child.stderr.on('data', (d: Buffer) => (out += d.toString()));
              child.on('exit', (code) => done({ code, out }));
            }),
        ),
      );
      expect(outputs.map((o) => o.code)).toEqual([0, 0, 0]);
      expect(outputs.filter((o) => o.out.startsWith('Applied:'))).toHaveLength(1);
      expect(outputs.filter((o) => o.out.includes('up to date'))).toHaveLength(2);
      const rows = await db.dataSource.query<{ name: string }[]>(
        'SELECT name FROM schema_migration',
      );
      expect(rows).toHaveLength(MIGRATIONS.length);
    }, 60000);
  },
);
