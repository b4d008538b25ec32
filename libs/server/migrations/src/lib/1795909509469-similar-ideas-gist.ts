import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Similar ideas read the titles nearest to the typed text within one challenge: a GiST index on
 * (container_id, title gist_trgm_ops) answers `WHERE container_id = $1 ORDER BY title <-> $2`
 * in distance order (btree_gist supplies the uuid equality in GiST). It replaces the global GIN
 * trigram index on title, which matched most titles of all challenges for common Dutch words
 * before the challenge filter (220–630 ms at 100,000 ideas, docs/benchmarks.md). Written by hand:
 * the entity diff cannot express operator classes (InputEntity declares the index with
 * `synchronize: false`).
 */
export class SimilarIdeasGist1795909509469 implements MigrationInterface {
  name = 'SimilarIdeasGist1795909509469';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS btree_gist');
    await queryRunner.query(
      'CREATE INDEX "ix_input_title_gist" ON "input" USING gist ("container_id", "title" gist_trgm_ops)',
    );
    await queryRunner.query('DROP INDEX "ix_input_title_trgm"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "ix_input_title_trgm" ON "input" USING gin ("title" gin_trgm_ops)',
    );
    await queryRunner.query('DROP INDEX "ix_input_title_gist"');
  }
}
