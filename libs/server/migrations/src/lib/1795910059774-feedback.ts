import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The feedback loop (issue 7): history, templates and bulk jobs; the input row's feedback state
 * replaces the placeholder response (migrated into a first history entry). Generated, then
 * extended by hand with the data migration and the covering metrics index.
 */
export class Feedback1795910059774 implements MigrationInterface {
  name = 'Feedback1795910059774';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "input_feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "input_id" uuid NOT NULL, "status" character varying(24) NOT NULL, "previous_status" character varying(24) NOT NULL, "text" text, "responder_id" uuid, "links" jsonb, "merged_into_id" uuid, "idempotency_key" character varying(120), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5049b93c184a32098efa7d182e1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_input_feedback_key" ON "input_feedback"  ("input_id", "idempotency_key") WHERE idempotency_key IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_input_feedback_input" ON "input_feedback"  ("input_id", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "feedback_template" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "trajectory_id" uuid, "title" character varying(150) NOT NULL, "status" character varying(24) NOT NULL, "text" text NOT NULL, "created_by_id" uuid, CONSTRAINT "PK_2233f8291168cb410457a7513bd" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_feedback_template_trajectory" ON "feedback_template"  ("trajectory_id", "title") ',
    );
    await queryRunner.query(
      'CREATE TABLE "feedback_bulk_job" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid NOT NULL, "origin_ip" character varying(64), "state" character varying(16) NOT NULL, "status" character varying(24) NOT NULL, "text" text NOT NULL, "template_id" uuid, "total" integer NOT NULL, "done" integer NOT NULL DEFAULT \'0\', "failed" integer NOT NULL DEFAULT \'0\', "errors" jsonb NOT NULL DEFAULT \'[]\', "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ab49eb43fb1f64de5c4567959a1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_feedback_bulk_job_actor" ON "feedback_bulk_job"  ("actor_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "feedback_bulk_item" ("job_id" uuid NOT NULL, "input_id" uuid NOT NULL, "position" integer NOT NULL, "state" character varying(16) NOT NULL DEFAULT \'PENDING\', "error" character varying(200), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e3efa0cd9682f43cffc20b3f0be" PRIMARY KEY ("job_id", "input_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_feedback_bulk_item_pending" ON "feedback_bulk_item"  ("job_id", "state", "position") ',
    );
    await queryRunner.query(
      'ALTER TABLE "trajectory" ADD "response_target_days" integer NOT NULL DEFAULT \'10\'',
    );
    await queryRunner.query(
      'ALTER TABLE "input" ADD "feedback_status" character varying(24) NOT NULL DEFAULT \'RECEIVED\'',
    );
    await queryRunner.query('ALTER TABLE "input" ADD "feedback_text" text');
    await queryRunner.query('ALTER TABLE "input" ADD "feedback_responder_id" uuid');
    await queryRunner.query(
      'ALTER TABLE "input" ADD "first_responded_at" TIMESTAMP WITH TIME ZONE',
    );
    await queryRunner.query('ALTER TABLE "input" ADD "last_responded_at" TIMESTAMP WITH TIME ZONE');
    // Nullable until the existing rows have a due date (below).
    await queryRunner.query('ALTER TABLE "input" ADD "feedback_due_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "input" ADD "merged_into_id" uuid');
    await queryRunner.query(
      'ALTER TABLE "input" ADD "feedback_links" jsonb NOT NULL DEFAULT \'[]\'',
    );
    await queryRunner.query('ALTER TABLE "input" ADD "org_unit_id" uuid');
    // Existing inputs: the placeholder response becomes the first feedback entry (status
    // UNDER_CONSIDERATION: it had none); due dates approximate 10 working days by 14 calendar
    // days (new inputs get the exact working-day rule); named inputs get their author's unit.
    await queryRunner.query(
      `INSERT INTO input_feedback (input_id, status, previous_status, text, responder_id, created_at)
       SELECT id, 'UNDER_CONSIDERATION', 'RECEIVED', response_text, responded_by_id, responded_at
       FROM input WHERE response_text IS NOT NULL AND responded_at IS NOT NULL`,
    );
    await queryRunner.query(
      `UPDATE input SET feedback_status = 'UNDER_CONSIDERATION', feedback_text = response_text,
         feedback_responder_id = responded_by_id, first_responded_at = responded_at,
         last_responded_at = responded_at
       WHERE response_text IS NOT NULL AND responded_at IS NOT NULL`,
    );
    await queryRunner.query(
      `UPDATE input SET feedback_due_at = created_at + interval '14 days',
         org_unit_id = CASE WHEN author_id IS NULL THEN NULL
           ELSE (SELECT primary_org_unit_id FROM app_user WHERE id = author_id) END`,
    );
    await queryRunner.query('ALTER TABLE "input" ALTER COLUMN "feedback_due_at" SET NOT NULL');
    // Only for rows written by hand (bench data, imports): every submit sets the exact due date.
    // A function, so the schema comparison sees the same default expression on both sides.
    await queryRunner.query(
      `CREATE FUNCTION input_default_due_at() RETURNS timestamptz LANGUAGE sql STABLE
       AS $$ SELECT now() + interval '14 days' $$`,
    );
    await queryRunner.query(
      'ALTER TABLE "input" ALTER COLUMN "feedback_due_at" SET DEFAULT input_default_due_at()',
    );
    await queryRunner.query('ALTER TABLE "input" DROP COLUMN "response_text"');
    await queryRunner.query('ALTER TABLE "input" DROP COLUMN "responded_by_id"');
    await queryRunner.query('ALTER TABLE "input" DROP COLUMN "responded_at"');
    await queryRunner.query(
      'CREATE INDEX "ix_input_board_all" ON "input"  ("last_responded_at", "id") WHERE last_responded_at IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_input_board" ON "input"  ("trajectory_id", "last_responded_at", "id") WHERE last_responded_at IS NOT NULL',
    );
    await queryRunner.query('CREATE INDEX "ix_input_due" ON "input"  ("feedback_due_at", "id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_input_inbox" ON "input"  ("trajectory_id", "feedback_due_at", "id") ',
    );
    // Hand-written (INCLUDE): feedback metrics as an index-only scan, one grouped query.
    await queryRunner.query(
      `CREATE INDEX "ix_input_feedback_metrics" ON "input" ("trajectory_id", "phase")
       INCLUDE ("org_unit_id", "status", "hidden", "created_at", "first_responded_at", "feedback_due_at")`,
    );
    await queryRunner.query(
      'ALTER TABLE "input_feedback" ADD CONSTRAINT "FK_92891aa742e8523d48cfafa2498" FOREIGN KEY ("input_id") REFERENCES "input"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "feedback_template" ADD CONSTRAINT "FK_684a19e1a26f24496fbc16d5600" FOREIGN KEY ("trajectory_id") REFERENCES "trajectory"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "feedback_bulk_item" ADD CONSTRAINT "FK_0ab373c674181a965a987abe003" FOREIGN KEY ("job_id") REFERENCES "feedback_bulk_job"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "feedback_bulk_item" DROP CONSTRAINT "FK_0ab373c674181a965a987abe003"',
    );
    await queryRunner.query(
      'ALTER TABLE "feedback_template" DROP CONSTRAINT "FK_684a19e1a26f24496fbc16d5600"',
    );
    await queryRunner.query(
      'ALTER TABLE "input_feedback" DROP CONSTRAINT "FK_92891aa742e8523d48cfafa2498"',
    );
    await queryRunner.query('DROP INDEX "ix_input_feedback_metrics"');
    await queryRunner.query('DROP INDEX "ix_input_inbox"');
    await queryRunner.query('DROP INDEX "ix_input_due"');
    await queryRunner.query('DROP INDEX "ix_input_board"');
    await queryRunner.query('DROP INDEX "ix_input_board_all"');
    // The placeholder response columns come back with the current public response.
    await queryRunner.query('ALTER TABLE "input" ADD "responded_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "input" ADD "responded_by_id" uuid');
    await queryRunner.query('ALTER TABLE "input" ADD "response_text" text');
    await queryRunner.query(
      `UPDATE input SET response_text = feedback_text, responded_by_id = feedback_responder_id,
         responded_at = last_responded_at WHERE first_responded_at IS NOT NULL`,
    );
    await queryRunner.query('ALTER TABLE "input" DROP COLUMN "org_unit_id"');
    await queryRunner.query('ALTER TABLE "input" DROP COLUMN "feedback_links"');
    await queryRunner.query('ALTER TABLE "input" DROP COLUMN "merged_into_id"');
    await queryRunner.query('ALTER TABLE "input" DROP COLUMN "feedback_due_at"');
    await queryRunner.query('DROP FUNCTION input_default_due_at()');
    await queryRunner.query('ALTER TABLE "input" DROP COLUMN "last_responded_at"');
    await queryRunner.query('ALTER TABLE "input" DROP COLUMN "first_responded_at"');
    await queryRunner.query('ALTER TABLE "input" DROP COLUMN "feedback_responder_id"');
    await queryRunner.query('ALTER TABLE "input" DROP COLUMN "feedback_text"');
    await queryRunner.query('ALTER TABLE "input" DROP COLUMN "feedback_status"');
    await queryRunner.query('ALTER TABLE "trajectory" DROP COLUMN "response_target_days"');
    await queryRunner.query('DROP INDEX "ix_feedback_bulk_item_pending"');
    await queryRunner.query('DROP TABLE "feedback_bulk_item"');
    await queryRunner.query('DROP INDEX "ix_feedback_bulk_job_actor"');
    await queryRunner.query('DROP TABLE "feedback_bulk_job"');
    await queryRunner.query('DROP INDEX "ix_feedback_template_trajectory"');
    await queryRunner.query('DROP TABLE "feedback_template"');
    await queryRunner.query('DROP INDEX "ix_input_feedback_input"');
    await queryRunner.query('DROP INDEX "uq_input_feedback_key"');
    await queryRunner.query('DROP TABLE "input_feedback"');
  }
}
