import { MigrationInterface, QueryRunner } from 'typeorm';

export class Trajectories1795891471781 implements MigrationInterface {
  name = 'Trajectories1795891471781';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "trajectory" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "title" character varying(200) NOT NULL, "problem_statement" text NOT NULL, "goals" text NOT NULL DEFAULT \'\', "owner_id" uuid NOT NULL, "visibility" character varying(16) NOT NULL, "phase" character varying(32) NOT NULL, CONSTRAINT "PK_373f211dd1c96fdf1344f604847" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_c456d0213a58621cebdaacea55" ON "trajectory"  ("owner_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_641e4b034787b15e413e684ff1" ON "trajectory"  ("phase") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_c84620150b8626f94b8c1ddfde" ON "trajectory"  ("created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "trajectory_org_unit" ("trajectory_id" uuid NOT NULL, "org_unit_id" uuid NOT NULL, CONSTRAINT "PK_4c05b62e42c05cac1cb994611f4" PRIMARY KEY ("trajectory_id", "org_unit_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_877dd3456e33b8505a527ee90a" ON "trajectory_org_unit"  ("org_unit_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "trajectory_phase_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "trajectory_id" uuid NOT NULL, "from_phase" character varying(32), "to_phase" character varying(32) NOT NULL, "actor_id" uuid, "reason" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_810fecc2025e8a6e0e5b9def1cc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_6adc077f06ff4f93636174a666" ON "trajectory_phase_change"  ("trajectory_id", "at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "success_criterion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "trajectory_id" uuid NOT NULL, "metric" character varying(300) NOT NULL, "target" character varying(300) NOT NULL, "how_measured" text NOT NULL DEFAULT \'\', "dimension" character varying(32) NOT NULL, "agreed_on" date, "agreed_by" character varying(500) NOT NULL DEFAULT \'\', "locked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_4d25f18f76a1584e19d5e523ff2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_f6aeadf2e4fbfe280f4e6215da" ON "success_criterion"  ("trajectory_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "criterion_result" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "criterion_id" uuid NOT NULL, "trajectory_id" uuid NOT NULL, "phase" character varying(32) NOT NULL, "value" character varying(300) NOT NULL, "verdict" character varying(16) NOT NULL, "note" text NOT NULL DEFAULT \'\', "measured_on" date NOT NULL, "recorded_by_id" uuid, CONSTRAINT "PK_33619a73d2ffdb806b7bfdab31b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_746234d8dc583df47e83f6f826" ON "criterion_result"  ("trajectory_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_bfdce92493b30c72be06b081cb" ON "criterion_result"  ("criterion_id", "measured_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "stakeholder" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "trajectory_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "kind" character varying(16) NOT NULL, "org_unit_id" uuid, "employer_interests" text NOT NULL DEFAULT \'\', "employee_interests" text NOT NULL DEFAULT \'\', "influence" smallint NOT NULL, "stance" smallint NOT NULL, "involvement" text NOT NULL DEFAULT \'\', CONSTRAINT "PK_789fe9f27e810783e0adbc0bf71" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_0e5f06f21505842ffc549ab177" ON "stakeholder"  ("trajectory_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "solution_option" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "trajectory_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT \'\', CONSTRAINT "PK_888bff686aa24d7813ecf738141" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_dba466f9e14faa53dbf06e3c3a" ON "solution_option"  ("trajectory_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "option_effect" ("option_id" uuid NOT NULL, "aspect" character varying(32) NOT NULL, "rating" smallint NOT NULL, "explanation" text NOT NULL, CONSTRAINT "PK_d683a2874d14074e0a36d8dcf16" PRIMARY KEY ("option_id", "aspect"))',
    );
    await queryRunner.query(
      'CREATE TABLE "business_case_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "option_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "description" character varying(500) NOT NULL, "amount" numeric(14,2), "rating" smallint, CONSTRAINT "PK_93ec56a1f41d5cc3a29da34eecf" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ca8ddae86eb4f9ae9589a7b2ea" ON "business_case_item"  ("option_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "valuation_invite" ("trajectory_id" uuid NOT NULL, "user_id" uuid NOT NULL, "stakeholder_id" uuid NOT NULL, CONSTRAINT "PK_d80ab49016edac9f69bc5887681" PRIMARY KEY ("trajectory_id", "user_id", "stakeholder_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "valuation_rating" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "trajectory_id" uuid NOT NULL, "option_id" uuid NOT NULL, "stakeholder_id" uuid NOT NULL, "rater_id" uuid, "score" smallint NOT NULL, "comment" text NOT NULL DEFAULT \'\', CONSTRAINT "PK_29d8168e585e3d92ed4c8f491ab" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_4165493b197ed70de9727d45da" ON "valuation_rating"  ("trajectory_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_c89f90c29ed99e34cdd42ecf74" ON "valuation_rating"  ("option_id", "stakeholder_id", "rater_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "trajectory_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "trajectory_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(32) NOT NULL, CONSTRAINT "PK_3a343e9c2f36884e885d51fb0fc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e8b5e700ba409382b047c96ca8" ON "trajectory_member"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_4512fb5ab0fd4df6083ba68fc0" ON "trajectory_member"  ("trajectory_id", "user_id", "role") ',
    );
    await queryRunner.query(
      'CREATE TABLE "decision_rule" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "trajectory_id" uuid NOT NULL, "topic" character varying(300) NOT NULL, "phase" character varying(32) NOT NULL, "decided_by" character varying(500) NOT NULL, "participation_level" character varying(16) NOT NULL, "employee_involvement" text NOT NULL DEFAULT \'\', "agreed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_da580d0711a7f248fc4cca7c327" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_bdfcd825015c1502c18164e362" ON "decision_rule"  ("trajectory_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "trajectory_id" uuid NOT NULL, "rule_id" uuid NOT NULL, "outcome" character varying(500) NOT NULL, "rationale" text NOT NULL, "input_response" text NOT NULL DEFAULT \'\', "decided_on" date NOT NULL, "informing_input_ids" jsonb NOT NULL DEFAULT \'[]\', "recorded_by_id" uuid, CONSTRAINT "PK_fa4cbd6abf1215054f13c27df5a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_da580d0711a7f248fc4cca7c32" ON "decision"  ("rule_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_38a9ed645844e4cb0490e1ef4a" ON "decision"  ("trajectory_id", "decided_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "trajectory_mandate" ("trajectory_id" uuid NOT NULL, "budget" numeric(14,2), "deadline" date, "decision_space" text NOT NULL, "constraints" text NOT NULL DEFAULT \'\', "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7629f62fdd852e0124faff32369" PRIMARY KEY ("trajectory_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "trajectory" ADD CONSTRAINT "FK_c456d0213a58621cebdaacea552" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "trajectory_org_unit" ADD CONSTRAINT "FK_d1b49b2237d6fccfcf930d1adba" FOREIGN KEY ("trajectory_id") REFERENCES "trajectory"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "trajectory_org_unit" ADD CONSTRAINT "FK_877dd3456e33b8505a527ee90a0" FOREIGN KEY ("org_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "trajectory_phase_change" ADD CONSTRAINT "FK_6d9a2b238aa2970741a45e0152c" FOREIGN KEY ("trajectory_id") REFERENCES "trajectory"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "success_criterion" ADD CONSTRAINT "FK_6d24aad4ce92e96ca36cf948baa" FOREIGN KEY ("trajectory_id") REFERENCES "trajectory"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "criterion_result" ADD CONSTRAINT "FK_e374805a0b43e0510de3bad8cda" FOREIGN KEY ("criterion_id") REFERENCES "success_criterion"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stakeholder" ADD CONSTRAINT "FK_f5929679eeb7356355fe272519c" FOREIGN KEY ("trajectory_id") REFERENCES "trajectory"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stakeholder" ADD CONSTRAINT "FK_a434c8f078ed1d273cab7f77e3e" FOREIGN KEY ("org_unit_id") REFERENCES "org_unit"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "solution_option" ADD CONSTRAINT "FK_a31fef3a8f977faf65b6fe8eb63" FOREIGN KEY ("trajectory_id") REFERENCES "trajectory"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "option_effect" ADD CONSTRAINT "FK_fae8f6d1e4f36f43e610b970d6a" FOREIGN KEY ("option_id") REFERENCES "solution_option"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "business_case_item" ADD CONSTRAINT "FK_2562a87b9d86f5bec029ec0f804" FOREIGN KEY ("option_id") REFERENCES "solution_option"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "valuation_invite" ADD CONSTRAINT "FK_8150f321cdffc80ea74c20010ce" FOREIGN KEY ("trajectory_id") REFERENCES "trajectory"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "valuation_invite" ADD CONSTRAINT "FK_48d26a9258dc727ef029814a312" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "valuation_invite" ADD CONSTRAINT "FK_dea049162052d62c106db74fb10" FOREIGN KEY ("stakeholder_id") REFERENCES "stakeholder"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "valuation_rating" ADD CONSTRAINT "FK_782a001c8fe6c28df5ec493f22c" FOREIGN KEY ("option_id") REFERENCES "solution_option"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "valuation_rating" ADD CONSTRAINT "FK_8820a0b11e136fb34f660fc1e6a" FOREIGN KEY ("stakeholder_id") REFERENCES "stakeholder"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "trajectory_member" ADD CONSTRAINT "FK_9557e594ebb48a889674d6b7d52" FOREIGN KEY ("trajectory_id") REFERENCES "trajectory"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "trajectory_member" ADD CONSTRAINT "FK_e8b5e700ba409382b047c96ca85" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "decision_rule" ADD CONSTRAINT "FK_024d64a0ea91f0dd5b7201cb312" FOREIGN KEY ("trajectory_id") REFERENCES "trajectory"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "decision" ADD CONSTRAINT "FK_e418677ec7c2245e16c481a2ee8" FOREIGN KEY ("trajectory_id") REFERENCES "trajectory"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "decision" ADD CONSTRAINT "FK_da580d0711a7f248fc4cca7c327" FOREIGN KEY ("rule_id") REFERENCES "decision_rule"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "trajectory_mandate" ADD CONSTRAINT "FK_7629f62fdd852e0124faff32369" FOREIGN KEY ("trajectory_id") REFERENCES "trajectory"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "trajectory_mandate" DROP CONSTRAINT "FK_7629f62fdd852e0124faff32369"',
    );
    await queryRunner.query(
      'ALTER TABLE "decision" DROP CONSTRAINT "FK_da580d0711a7f248fc4cca7c327"',
    );
    await queryRunner.query(
      'ALTER TABLE "decision" DROP CONSTRAINT "FK_e418677ec7c2245e16c481a2ee8"',
    );
    await queryRunner.query(
      'ALTER TABLE "decision_rule" DROP CONSTRAINT "FK_024d64a0ea91f0dd5b7201cb312"',
    );
    await queryRunner.query(
      'ALTER TABLE "trajectory_member" DROP CONSTRAINT "FK_e8b5e700ba409382b047c96ca85"',
    );
    await queryRunner.query(
      'ALTER TABLE "trajectory_member" DROP CONSTRAINT "FK_9557e594ebb48a889674d6b7d52"',
    );
    await queryRunner.query(
      'ALTER TABLE "valuation_rating" DROP CONSTRAINT "FK_8820a0b11e136fb34f660fc1e6a"',
    );
    await queryRunner.query(
      'ALTER TABLE "valuation_rating" DROP CONSTRAINT "FK_782a001c8fe6c28df5ec493f22c"',
    );
    await queryRunner.query(
      'ALTER TABLE "valuation_invite" DROP CONSTRAINT "FK_dea049162052d62c106db74fb10"',
    );
    await queryRunner.query(
      'ALTER TABLE "valuation_invite" DROP CONSTRAINT "FK_48d26a9258dc727ef029814a312"',
    );
    await queryRunner.query(
      'ALTER TABLE "valuation_invite" DROP CONSTRAINT "FK_8150f321cdffc80ea74c20010ce"',
    );
    await queryRunner.query(
      'ALTER TABLE "business_case_item" DROP CONSTRAINT "FK_2562a87b9d86f5bec029ec0f804"',
    );
    await queryRunner.query(
      'ALTER TABLE "option_effect" DROP CONSTRAINT "FK_fae8f6d1e4f36f43e610b970d6a"',
    );
    await queryRunner.query(
      'ALTER TABLE "solution_option" DROP CONSTRAINT "FK_a31fef3a8f977faf65b6fe8eb63"',
    );
    await queryRunner.query(
      'ALTER TABLE "stakeholder" DROP CONSTRAINT "FK_a434c8f078ed1d273cab7f77e3e"',
    );
    await queryRunner.query(
      'ALTER TABLE "stakeholder" DROP CONSTRAINT "FK_f5929679eeb7356355fe272519c"',
    );
    await queryRunner.query(
      'ALTER TABLE "criterion_result" DROP CONSTRAINT "FK_e374805a0b43e0510de3bad8cda"',
    );
    await queryRunner.query(
      'ALTER TABLE "success_criterion" DROP CONSTRAINT "FK_6d24aad4ce92e96ca36cf948baa"',
    );
    await queryRunner.query(
      'ALTER TABLE "trajectory_phase_change" DROP CONSTRAINT "FK_6d9a2b238aa2970741a45e0152c"',
    );
    await queryRunner.query(
      'ALTER TABLE "trajectory_org_unit" DROP CONSTRAINT "FK_877dd3456e33b8505a527ee90a0"',
    );
    await queryRunner.query(
      'ALTER TABLE "trajectory_org_unit" DROP CONSTRAINT "FK_d1b49b2237d6fccfcf930d1adba"',
    );
    await queryRunner.query(
      'ALTER TABLE "trajectory" DROP CONSTRAINT "FK_c456d0213a58621cebdaacea552"',
    );
    await queryRunner.query('DROP TABLE "trajectory_mandate"');
    await queryRunner.query('DROP INDEX "IDX_38a9ed645844e4cb0490e1ef4a"');
    await queryRunner.query('DROP INDEX "IDX_da580d0711a7f248fc4cca7c32"');
    await queryRunner.query('DROP TABLE "decision"');
    await queryRunner.query('DROP INDEX "IDX_bdfcd825015c1502c18164e362"');
    await queryRunner.query('DROP TABLE "decision_rule"');
    await queryRunner.query('DROP INDEX "IDX_4512fb5ab0fd4df6083ba68fc0"');
    await queryRunner.query('DROP INDEX "IDX_e8b5e700ba409382b047c96ca8"');
    await queryRunner.query('DROP TABLE "trajectory_member"');
    await queryRunner.query('DROP INDEX "IDX_c89f90c29ed99e34cdd42ecf74"');
    await queryRunner.query('DROP INDEX "IDX_4165493b197ed70de9727d45da"');
    await queryRunner.query('DROP TABLE "valuation_rating"');
    await queryRunner.query('DROP TABLE "valuation_invite"');
    await queryRunner.query('DROP INDEX "IDX_ca8ddae86eb4f9ae9589a7b2ea"');
    await queryRunner.query('DROP TABLE "business_case_item"');
    await queryRunner.query('DROP TABLE "option_effect"');
    await queryRunner.query('DROP INDEX "IDX_dba466f9e14faa53dbf06e3c3a"');
    await queryRunner.query('DROP TABLE "solution_option"');
    await queryRunner.query('DROP INDEX "IDX_0e5f06f21505842ffc549ab177"');
    await queryRunner.query('DROP TABLE "stakeholder"');
    await queryRunner.query('DROP INDEX "IDX_bfdce92493b30c72be06b081cb"');
    await queryRunner.query('DROP INDEX "IDX_746234d8dc583df47e83f6f826"');
    await queryRunner.query('DROP TABLE "criterion_result"');
    await queryRunner.query('DROP INDEX "IDX_f6aeadf2e4fbfe280f4e6215da"');
    await queryRunner.query('DROP TABLE "success_criterion"');
    await queryRunner.query('DROP INDEX "IDX_6adc077f06ff4f93636174a666"');
    await queryRunner.query('DROP TABLE "trajectory_phase_change"');
    await queryRunner.query('DROP INDEX "IDX_877dd3456e33b8505a527ee90a"');
    await queryRunner.query('DROP TABLE "trajectory_org_unit"');
    await queryRunner.query('DROP INDEX "IDX_c84620150b8626f94b8c1ddfde"');
    await queryRunner.query('DROP INDEX "IDX_641e4b034787b15e413e684ff1"');
    await queryRunner.query('DROP INDEX "IDX_c456d0213a58621cebdaacea55"');
    await queryRunner.query('DROP TABLE "trajectory"');
  }
}
