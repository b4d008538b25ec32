import { MigrationInterface, QueryRunner } from 'typeorm';

export class PulseActions1795920781147 implements MigrationInterface {
  name = 'PulseActions1795920781147';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "pulse_action" ("id" uuid NOT NULL, "survey_id" uuid NOT NULL, "round_id" uuid NOT NULL, "dimension" character varying(64), "question_key" character varying(64), "created_by_id" uuid, "updated_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_efed78930371f4f8863059cc47c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_pulse_action_survey" ON "pulse_action"  ("survey_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_pulse_action_round" ON "pulse_action"  ("round_id", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_action" ADD CONSTRAINT "FK_efed78930371f4f8863059cc47c" FOREIGN KEY ("id") REFERENCES "input"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_action" ADD CONSTRAINT "FK_7a2b2c00a75f4a11634111c1407" FOREIGN KEY ("survey_id") REFERENCES "pulse_survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_action" ADD CONSTRAINT "FK_318bfcb0501819b1a9e73791f10" FOREIGN KEY ("round_id") REFERENCES "pulse_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_action" ADD CONSTRAINT "FK_ac75b81ff8106554fe72e5eaae5" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "pulse_action" DROP CONSTRAINT "FK_ac75b81ff8106554fe72e5eaae5"',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_action" DROP CONSTRAINT "FK_318bfcb0501819b1a9e73791f10"',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_action" DROP CONSTRAINT "FK_7a2b2c00a75f4a11634111c1407"',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_action" DROP CONSTRAINT "FK_efed78930371f4f8863059cc47c"',
    );
    await queryRunner.query('DROP INDEX "ix_pulse_action_round"');
    await queryRunner.query('DROP INDEX "ix_pulse_action_survey"');
    await queryRunner.query('DROP TABLE "pulse_action"');
  }
}
