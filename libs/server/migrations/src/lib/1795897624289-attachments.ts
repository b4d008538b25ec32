import { MigrationInterface, QueryRunner } from 'typeorm';

export class Attachments1795897624289 implements MigrationInterface {
  name = 'Attachments1795897624289';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "attachment" ("id" uuid NOT NULL, "storage_key" character varying(200) NOT NULL, "content_type" character varying(40) NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "bytes" integer NOT NULL, "uploader_hash" character varying(64), "owner_kind" character varying(32), "owner_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_d777dcffe63dff85011cf4707cd" UNIQUE ("storage_key"), CONSTRAINT "PK_d2a80c3a8d467f08a750ac4b420" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_attachment_unclaimed" ON "attachment"  ("created_at") WHERE owner_id IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_567c51be6b78e2d980cba3e7f1" ON "attachment"  ("owner_kind", "owner_id", "created_at") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_567c51be6b78e2d980cba3e7f1"');
    await queryRunner.query('DROP INDEX "IDX_attachment_unclaimed"');
    await queryRunner.query('DROP TABLE "attachment"');
  }
}
