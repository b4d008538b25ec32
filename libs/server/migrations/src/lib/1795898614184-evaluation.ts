import { MigrationInterface, QueryRunner } from 'typeorm';

export class Evaluation1795898614184 implements MigrationInterface {
  name = 'Evaluation1795898614184';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "idea_evaluation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "challenge_id" uuid NOT NULL, "idea_id" uuid NOT NULL, "juror_id" uuid NOT NULL, "comment" text NOT NULL DEFAULT \'\', CONSTRAINT "PK_85ed7141f0bc78d655017d56402" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_23093c71055b667a6596a1e245" ON "idea_evaluation"  ("challenge_id", "juror_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_85e0d5c667812bcd9b4dadd043" ON "idea_evaluation"  ("idea_id", "juror_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "idea_evaluation_score" ("evaluation_id" uuid NOT NULL, "criterion_id" uuid NOT NULL, "score" smallint NOT NULL, CONSTRAINT "CHK_idea_evaluation_score_range" CHECK (score BETWEEN 1 AND 5), CONSTRAINT "PK_4d7a8dc49c8bd30db42ce9b0f0f" PRIMARY KEY ("evaluation_id", "criterion_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_d2ba7af097104805b7ea5b4412" ON "idea_evaluation_score"  ("criterion_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "idea_jury_decision" ("idea_id" uuid NOT NULL, "challenge_id" uuid NOT NULL, "shortlisted" boolean NOT NULL DEFAULT false, "winner" boolean NOT NULL DEFAULT false, "invited_role" character varying(32), "invitation_message" text, "invited_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_af398eb832475327bfece9d26f4" PRIMARY KEY ("idea_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_d3dd03d7c93f7edab6b6989685" ON "idea_jury_decision"  ("challenge_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_evaluation" ADD CONSTRAINT "FK_07ba0fc8e1e0ea67f161893f40b" FOREIGN KEY ("challenge_id") REFERENCES "challenge"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_evaluation" ADD CONSTRAINT "FK_5acb1a78153934f417ee9756200" FOREIGN KEY ("idea_id") REFERENCES "input"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_evaluation" ADD CONSTRAINT "FK_6eee7adf220a24f047a4edd9b23" FOREIGN KEY ("juror_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_evaluation_score" ADD CONSTRAINT "FK_b0d84e329d25aef0d73e3ddd5a7" FOREIGN KEY ("evaluation_id") REFERENCES "idea_evaluation"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_evaluation_score" ADD CONSTRAINT "FK_d2ba7af097104805b7ea5b44127" FOREIGN KEY ("criterion_id") REFERENCES "challenge_criterion"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_jury_decision" ADD CONSTRAINT "FK_af398eb832475327bfece9d26f4" FOREIGN KEY ("idea_id") REFERENCES "input"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_jury_decision" ADD CONSTRAINT "FK_d3dd03d7c93f7edab6b6989685b" FOREIGN KEY ("challenge_id") REFERENCES "challenge"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "idea_jury_decision" DROP CONSTRAINT "FK_d3dd03d7c93f7edab6b6989685b"',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_jury_decision" DROP CONSTRAINT "FK_af398eb832475327bfece9d26f4"',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_evaluation_score" DROP CONSTRAINT "FK_d2ba7af097104805b7ea5b44127"',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_evaluation_score" DROP CONSTRAINT "FK_b0d84e329d25aef0d73e3ddd5a7"',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_evaluation" DROP CONSTRAINT "FK_6eee7adf220a24f047a4edd9b23"',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_evaluation" DROP CONSTRAINT "FK_5acb1a78153934f417ee9756200"',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_evaluation" DROP CONSTRAINT "FK_07ba0fc8e1e0ea67f161893f40b"',
    );
    await queryRunner.query('DROP INDEX "IDX_d3dd03d7c93f7edab6b6989685"');
    await queryRunner.query('DROP TABLE "idea_jury_decision"');
    await queryRunner.query('DROP INDEX "IDX_d2ba7af097104805b7ea5b4412"');
    await queryRunner.query('DROP TABLE "idea_evaluation_score"');
    await queryRunner.query('DROP INDEX "IDX_85e0d5c667812bcd9b4dadd043"');
    await queryRunner.query('DROP INDEX "IDX_23093c71055b667a6596a1e245"');
    await queryRunner.query('DROP TABLE "idea_evaluation"');
  }
}
