import { MigrationInterface, QueryRunner } from 'typeorm';

export class PulseSurveys1795910984953 implements MigrationInterface {
  name = 'PulseSurveys1795910984953';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "pulse_survey" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT \'\', "trajectory_id" uuid, "phase" character varying(32), "templates" jsonb NOT NULL DEFAULT \'[]\', "questions" jsonb NOT NULL, "dimensions" jsonb NOT NULL, "k" integer, "k_comments" integer, "recurrence_weeks" integer, "round_days" integer NOT NULL DEFAULT \'7\', "next_round_at" TIMESTAMP WITH TIME ZONE, "reminders" boolean NOT NULL DEFAULT true, "archived_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid NOT NULL, CONSTRAINT "PK_4a6a27acead7cb4620602f9523d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_pulse_survey_trajectory" ON "pulse_survey"  ("trajectory_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "pulse_survey_org_unit" ("survey_id" uuid NOT NULL, "org_unit_id" uuid NOT NULL, CONSTRAINT "PK_bdbc7ab5e01182f9f5b3f90a9fc" PRIMARY KEY ("survey_id", "org_unit_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_f0e8f85d5db3e11eb1df9c5ad1" ON "pulse_survey_org_unit"  ("org_unit_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "pulse_round" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "survey_id" uuid NOT NULL, "number" integer NOT NULL, "state" character varying(16) NOT NULL, "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "phase" character varying(32), "k" integer, "k_comments" integer, "questions" jsonb, "dimensions" jsonb, "audience_size" integer, "remind_at" TIMESTAMP WITH TIME ZONE, "reminded_at" TIMESTAMP WITH TIME ZONE, "cells" jsonb, CONSTRAINT "uq_pulse_round_number" UNIQUE ("survey_id", "number"), CONSTRAINT "PK_3ed43c0cf92f9588fbe570fc78c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_pulse_round_closing" ON "pulse_round"  ("state", "closes_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_pulse_round_due" ON "pulse_round"  ("state", "opens_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "pulse_round_unit" ("round_id" uuid NOT NULL, "org_unit_id" uuid NOT NULL, "parent_id" uuid, "people" integer NOT NULL, "subtree_people" integer NOT NULL, "reporting_unit_id" uuid, CONSTRAINT "PK_1e2af4ed9a2d28cdf56df83d595" PRIMARY KEY ("round_id", "org_unit_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "pulse_round_member" ("round_id" uuid NOT NULL, "user_id" uuid NOT NULL, "org_unit_id" uuid, "reporting_unit_id" uuid, CONSTRAINT "PK_369136154f415f89f69a58a07d6" PRIMARY KEY ("round_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_pulse_round_member_user" ON "pulse_round_member"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "pulse_pending" ("id" uuid NOT NULL, "round_id" uuid NOT NULL, "voter_hash" character(64) NOT NULL, "key_hash" character(64) NOT NULL, "reporting_unit_id" uuid, "answers" jsonb NOT NULL, "texts" jsonb NOT NULL, CONSTRAINT "uq_pulse_pending_voter" UNIQUE ("round_id", "voter_hash"), CONSTRAINT "PK_779138d3b7423c04b07ed78c6db" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "pulse_response" ("id" uuid NOT NULL, "round_id" uuid NOT NULL, "reporting_unit_id" uuid, "answers" jsonb NOT NULL, CONSTRAINT "PK_6eb3aa1362659d77d08d1bcc3a1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_pulse_response_round" ON "pulse_response"  ("round_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "pulse_comment" ("id" uuid NOT NULL, "round_id" uuid NOT NULL, "question_key" character varying(100) NOT NULL, "reporting_unit_id" uuid, "text" text NOT NULL, CONSTRAINT "PK_fb918c0e79187db645da60381bb" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_pulse_comment_round" ON "pulse_comment"  ("round_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "pulse_participation" ("round_id" uuid NOT NULL, "user_id" uuid NOT NULL, "key_hash" character(64) NOT NULL, CONSTRAINT "PK_7f12b5057dbd3660edaa3185dc5" PRIMARY KEY ("round_id", "user_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_survey" ADD CONSTRAINT "FK_a40f1aa45d78ababedc3a51bd3a" FOREIGN KEY ("trajectory_id") REFERENCES "trajectory"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_survey_org_unit" ADD CONSTRAINT "FK_c67225594d9d7e11079c42b37dd" FOREIGN KEY ("survey_id") REFERENCES "pulse_survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_survey_org_unit" ADD CONSTRAINT "FK_f0e8f85d5db3e11eb1df9c5ad1b" FOREIGN KEY ("org_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_round" ADD CONSTRAINT "FK_2036088014f35a6d5f3f2fd06dc" FOREIGN KEY ("survey_id") REFERENCES "pulse_survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_round_unit" ADD CONSTRAINT "FK_54d71f02a84cedaa1e6accc7b0f" FOREIGN KEY ("round_id") REFERENCES "pulse_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_round_member" ADD CONSTRAINT "FK_a3aac664e02e0b7bff6f053acf7" FOREIGN KEY ("round_id") REFERENCES "pulse_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_pending" ADD CONSTRAINT "FK_217f3009087d6e123d0ccb75748" FOREIGN KEY ("round_id") REFERENCES "pulse_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_response" ADD CONSTRAINT "FK_f2479b12d147ff9b18ef162cdfc" FOREIGN KEY ("round_id") REFERENCES "pulse_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_response" ADD CONSTRAINT "FK_fe290d67f3a300e7052ff38f03c" FOREIGN KEY ("reporting_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_comment" ADD CONSTRAINT "FK_44c1b059042c06535ce31e353c2" FOREIGN KEY ("round_id") REFERENCES "pulse_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_comment" ADD CONSTRAINT "FK_1fc790d235483e0cf8ec7dd5541" FOREIGN KEY ("reporting_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_participation" ADD CONSTRAINT "FK_575dc7fd7acb0a997dbfd46491b" FOREIGN KEY ("round_id") REFERENCES "pulse_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );

    // Hand-written: the submit in one round trip (pulse answer.repository submitPending). Takes
    // the round's advisory lock shared first; every statement after it sees what committed
    // before (read committed, volatile function), so a close (holding the lock exclusively) is
    // never raced by an answer.
    await queryRunner.query(`CREATE FUNCTION pulse_submit(p_round uuid, p_user uuid, p_id uuid,
        p_voter char(64), p_key char(64), p_answers jsonb, p_texts jsonb)
      RETURNS TABLE (o_state varchar, o_open boolean, o_member boolean, o_moved_key char(64),
                     o_inserted boolean, o_pending_key char(64))
      LANGUAGE plpgsql VOLATILE AS $fn$
      DECLARE
        v_unit uuid; v_member boolean := false; v_state varchar; v_open boolean := false;
        v_moved char(64); v_pending char(64); v_inserted boolean := false;
      BEGIN
        PERFORM pg_advisory_xact_lock_shared(724151120, hashtext(p_round::text));
        SELECT r.state, (r.state = 'OPEN' AND r.closes_at > now()) INTO v_state, v_open
          FROM pulse_round r WHERE r.id = p_round;
        SELECT m.reporting_unit_id, true INTO v_unit, v_member
          FROM pulse_round_member m WHERE m.round_id = p_round AND m.user_id = p_user;
        v_member := coalesce(v_member, false);
        IF v_state IS NULL OR NOT v_member OR NOT coalesce(v_open, false) THEN
          RETURN QUERY SELECT v_state, coalesce(v_open, false), v_member, NULL::char(64), false,
                              NULL::char(64);
          RETURN;
        END IF;
        SELECT p.key_hash INTO v_moved FROM pulse_participation p
         WHERE p.round_id = p_round AND p.user_id = p_user;
        IF v_moved IS NULL THEN
          INSERT INTO pulse_pending AS t (id, round_id, voter_hash, key_hash, reporting_unit_id,
                                          answers, texts)
          VALUES (p_id, p_round, p_voter, p_key, v_unit, p_answers, p_texts)
          ON CONFLICT (round_id, voter_hash) DO NOTHING;
          v_inserted := FOUND;
          IF NOT v_inserted THEN
            SELECT p.key_hash INTO v_pending FROM pulse_pending p
             WHERE p.round_id = p_round AND p.voter_hash = p_voter;
          END IF;
        END IF;
        RETURN QUERY SELECT v_state, v_open, v_member, v_moved, v_inserted, v_pending;
      END
      $fn$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION pulse_submit');
    await queryRunner.query(
      'ALTER TABLE "pulse_participation" DROP CONSTRAINT "FK_575dc7fd7acb0a997dbfd46491b"',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_comment" DROP CONSTRAINT "FK_1fc790d235483e0cf8ec7dd5541"',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_comment" DROP CONSTRAINT "FK_44c1b059042c06535ce31e353c2"',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_response" DROP CONSTRAINT "FK_fe290d67f3a300e7052ff38f03c"',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_response" DROP CONSTRAINT "FK_f2479b12d147ff9b18ef162cdfc"',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_pending" DROP CONSTRAINT "FK_217f3009087d6e123d0ccb75748"',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_round_member" DROP CONSTRAINT "FK_a3aac664e02e0b7bff6f053acf7"',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_round_unit" DROP CONSTRAINT "FK_54d71f02a84cedaa1e6accc7b0f"',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_round" DROP CONSTRAINT "FK_2036088014f35a6d5f3f2fd06dc"',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_survey_org_unit" DROP CONSTRAINT "FK_f0e8f85d5db3e11eb1df9c5ad1b"',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_survey_org_unit" DROP CONSTRAINT "FK_c67225594d9d7e11079c42b37dd"',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_survey" DROP CONSTRAINT "FK_a40f1aa45d78ababedc3a51bd3a"',
    );
    await queryRunner.query('DROP TABLE "pulse_participation"');
    await queryRunner.query('DROP INDEX "ix_pulse_comment_round"');
    await queryRunner.query('DROP TABLE "pulse_comment"');
    await queryRunner.query('DROP INDEX "ix_pulse_response_round"');
    await queryRunner.query('DROP TABLE "pulse_response"');
    await queryRunner.query('DROP TABLE "pulse_pending"');
    await queryRunner.query('DROP INDEX "ix_pulse_round_member_user"');
    await queryRunner.query('DROP TABLE "pulse_round_member"');
    await queryRunner.query('DROP TABLE "pulse_round_unit"');
    await queryRunner.query('DROP INDEX "ix_pulse_round_due"');
    await queryRunner.query('DROP INDEX "ix_pulse_round_closing"');
    await queryRunner.query('DROP TABLE "pulse_round"');
    await queryRunner.query('DROP INDEX "IDX_f0e8f85d5db3e11eb1df9c5ad1"');
    await queryRunner.query('DROP TABLE "pulse_survey_org_unit"');
    await queryRunner.query('DROP INDEX "ix_pulse_survey_trajectory"');
    await queryRunner.query('DROP TABLE "pulse_survey"');
  }
}
