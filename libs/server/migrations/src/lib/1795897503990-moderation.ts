import { MigrationInterface, QueryRunner } from 'typeorm';

export class Moderation1795897503990 implements MigrationInterface {
  name = 'Moderation1795897503990';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "moderated_content" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "content_kind" character varying(32) NOT NULL, "content_id" uuid NOT NULL, "trajectory_id" uuid NOT NULL, "open_report_count" integer NOT NULL DEFAULT \'0\', "last_reported_at" TIMESTAMP WITH TIME ZONE, "hidden" boolean NOT NULL DEFAULT false, "auto_hidden" boolean NOT NULL DEFAULT false, "moderated_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_06a85b9142bba266aca898e2bf0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_f173acecbf91e51612b23b5016" ON "moderated_content"  ("trajectory_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_moderated_content_hidden_queue" ON "moderated_content"  ("moderated_at", "id") WHERE hidden',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_moderated_content_open_queue" ON "moderated_content"  ("last_reported_at", "id") WHERE open_report_count > 0',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_78e34c0825b001b492217dd433" ON "moderated_content"  ("content_kind", "content_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "content_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "moderated_content_id" uuid NOT NULL, "reporter_id" uuid NOT NULL, "reason" character varying(32) NOT NULL, "text" character varying(1000), "status" character varying(16) NOT NULL DEFAULT \'OPEN\', "resolved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_1effd709157e94e02959826f51e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_be745287e4e01384dcaf5391fa" ON "content_report"  ("reporter_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ca11d0e320f717987b42fa75e4" ON "content_report"  ("moderated_content_id", "status", "created_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_fd1061bb2c5ac92f32e716d686" ON "content_report"  ("moderated_content_id", "reporter_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "content_report" ADD CONSTRAINT "FK_786b54d0661e3b23eebb8af4926" FOREIGN KEY ("moderated_content_id") REFERENCES "moderated_content"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "content_report" ADD CONSTRAINT "FK_be745287e4e01384dcaf5391fad" FOREIGN KEY ("reporter_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "content_report" DROP CONSTRAINT "FK_be745287e4e01384dcaf5391fad"',
    );
    await queryRunner.query(
      'ALTER TABLE "content_report" DROP CONSTRAINT "FK_786b54d0661e3b23eebb8af4926"',
    );
    await queryRunner.query('DROP INDEX "IDX_fd1061bb2c5ac92f32e716d686"');
    await queryRunner.query('DROP INDEX "IDX_ca11d0e320f717987b42fa75e4"');
    await queryRunner.query('DROP INDEX "IDX_be745287e4e01384dcaf5391fa"');
    await queryRunner.query('DROP TABLE "content_report"');
    await queryRunner.query('DROP INDEX "IDX_78e34c0825b001b492217dd433"');
    await queryRunner.query('DROP INDEX "IDX_moderated_content_open_queue"');
    await queryRunner.query('DROP INDEX "IDX_moderated_content_hidden_queue"');
    await queryRunner.query('DROP INDEX "IDX_f173acecbf91e51612b23b5016"');
    await queryRunner.query('DROP TABLE "moderated_content"');
  }
}
