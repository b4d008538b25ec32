import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795888690372 implements MigrationInterface {
  name = 'Initial1795888690372';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "queue_job" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "queue" text NOT NULL, "name" text NOT NULL, "job_key" text, "payload" jsonb NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'waiting\', "attempts" integer NOT NULL DEFAULT \'0\', "max_attempts" integer NOT NULL, "run_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "locked_until" TIMESTAMP WITH TIME ZONE, "last_error" text, "finished_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_53756f3fafe0ab7e27071325bf4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_queue_job_key" ON "queue_job"  ("job_key") ');
    await queryRunner.query(
      'CREATE INDEX "ix_queue_job_due" ON "queue_job"  ("status", "run_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "queue_schedule" ("id" text NOT NULL, "queue" text NOT NULL, "name" text NOT NULL, "payload" jsonb NOT NULL, "max_attempts" integer NOT NULL, "every_ms" integer NOT NULL, "next_run_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_fe06189b9a793579cb4c5550e27" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(200) NOT NULL, "logo_url" text, "default_locale" character varying(5) NOT NULL DEFAULT \'nl\', CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "platform_instance" ("id" text NOT NULL, "role" character varying(16) NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "acknowledged_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cb87a7940d6763411487bdcd9b2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "selftest_receipt" ("run_id" text NOT NULL, "seq" integer NOT NULL, "executions" integer NOT NULL DEFAULT \'1\', "last_executed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_94f3cb54ae75e3513fe37380a5c" PRIMARY KEY ("run_id", "seq"))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "selftest_receipt"');
    await queryRunner.query('DROP TABLE "platform_instance"');
    await queryRunner.query('DROP TABLE "organisation"');
    await queryRunner.query('DROP TABLE "queue_schedule"');
    await queryRunner.query('DROP INDEX "ix_queue_job_due"');
    await queryRunner.query('DROP INDEX "uq_queue_job_key"');
    await queryRunner.query('DROP TABLE "queue_job"');
  }
}
