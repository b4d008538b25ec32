import { MigrationInterface, QueryRunner } from 'typeorm';

export class SsoAndImport1795890921001 implements MigrationInterface {
  name = 'SsoAndImport1795890921001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "oidc_login" ("id" character varying(64) NOT NULL, "code_verifier" character varying(128) NOT NULL, "nonce" character varying(128) NOT NULL, "return_to" character varying(2000) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_907691a74fa6f1ae8f01161ab4c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_b35c44a871203cb370253346fe" ON "oidc_login"  ("expires_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "user_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" character varying(16) NOT NULL, "status" character varying(16) NOT NULL, "dry_run" boolean NOT NULL, "created_by_id" uuid, "csv" text, "total_rows" integer NOT NULL DEFAULT \'0\', "processed_rows" integer NOT NULL DEFAULT \'0\', "problems" jsonb NOT NULL DEFAULT \'[]\', "summary" jsonb, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d37cabc598c3d0993a6db226da3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_83eb5f06411d9f7c320d6d91e0" ON "user_import"  ("created_by_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "user_import" ADD CONSTRAINT "FK_83eb5f06411d9f7c320d6d91e0d" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "user_import" DROP CONSTRAINT "FK_83eb5f06411d9f7c320d6d91e0d"',
    );
    await queryRunner.query('DROP INDEX "IDX_83eb5f06411d9f7c320d6d91e0"');
    await queryRunner.query('DROP TABLE "user_import"');
    await queryRunner.query('DROP INDEX "IDX_b35c44a871203cb370253346fe"');
    await queryRunner.query('DROP TABLE "oidc_login"');
  }
}
