import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Generated, then extended by hand with pg_trgm and the GIN indexes of similar-idea search.
 */
export class Challenges1795897886624 implements MigrationInterface {
  name = 'Challenges1795897886624';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "input" ("id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "trajectory_id" uuid NOT NULL, "phase" character varying(32) NOT NULL, "container_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "search_vector" tsvector, "author_id" uuid, "author_hash" character varying(64), "idempotency_hash" character varying(64), "status" character varying(16) NOT NULL DEFAULT \'ACTIVE\', "hidden" boolean NOT NULL DEFAULT false, "hidden_reason" text, "support_count" integer NOT NULL DEFAULT \'0\', "comment_count" integer NOT NULL DEFAULT \'0\', "follower_count" integer NOT NULL DEFAULT \'0\', "random_key" integer NOT NULL, "response_text" text, "responded_by_id" uuid, "responded_at" TIMESTAMP WITH TIME ZONE, "edited_at" TIMESTAMP WITH TIME ZONE, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a1deaa2fcdc821329884ad43931" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_input_idempotency" ON "input"  ("idempotency_hash") ',
    );
    await queryRunner.query('CREATE INDEX "ix_input_author" ON "input"  ("author_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_input_trajectory" ON "input"  ("trajectory_id", "kind") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_input_random" ON "input"  ("container_id", "status", "hidden", "random_key", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_input_discussed" ON "input"  ("container_id", "status", "hidden", "comment_count", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_input_supported" ON "input"  ("container_id", "status", "hidden", "support_count", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_input_newest" ON "input"  ("container_id", "status", "hidden", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "input_comment" ("id" uuid NOT NULL, "input_id" uuid NOT NULL, "parent_id" uuid, "body" text NOT NULL, "author_id" uuid, "author_hash" character varying(64), "hidden" boolean NOT NULL DEFAULT false, "hidden_reason" text, "edited_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2c4e0b2c86c4f9e0216aeca5c33" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_input_comment_author" ON "input_comment"  ("author_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_input_comment_thread" ON "input_comment"  ("input_id", "parent_id", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "input_support" ("input_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_32888955dcde5c9cdcf934e13be" PRIMARY KEY ("input_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_input_support_user" ON "input_support"  ("user_id", "input_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "input_follow" ("input_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c8de3923c5a305169bf5b8b7c3f" PRIMARY KEY ("input_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_input_follow_user" ON "input_follow"  ("user_id", "input_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "challenge" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "trajectory_id" uuid NOT NULL, "phase" character varying(32) NOT NULL, "title" character varying(200) NOT NULL, "problem_statement" text NOT NULL, "rules" text NOT NULL DEFAULT \'\', "prize" character varying(500), "state" character varying(16) NOT NULL, "opens_at" TIMESTAMP WITH TIME ZONE, "closes_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid NOT NULL, CONSTRAINT "PK_5f31455ad09ea6a836a06871b7a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_challenge_state" ON "challenge"  ("state", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_challenge_trajectory" ON "challenge"  ("trajectory_id", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "challenge_org_unit" ("challenge_id" uuid NOT NULL, "org_unit_id" uuid NOT NULL, CONSTRAINT "PK_8094f638e45c93cd71f3e3ace42" PRIMARY KEY ("challenge_id", "org_unit_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_778533ea23e74de9a256d5c118" ON "challenge_org_unit"  ("org_unit_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "challenge_criterion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "challenge_id" uuid NOT NULL, "position" integer NOT NULL, "name_nl" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "weight" integer NOT NULL, CONSTRAINT "PK_7fcdd09f371d481024ae7557e01" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_challenge_criterion_order" ON "challenge_criterion"  ("challenge_id", "position") ',
    );
    await queryRunner.query(
      'CREATE TABLE "idea" ("input_id" uuid NOT NULL, "challenge_id" uuid NOT NULL, "tags" text array NOT NULL DEFAULT \'{}\', CONSTRAINT "PK_e473ffc437c5b68a4e6d64829dc" PRIMARY KEY ("input_id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_idea_challenge" ON "idea"  ("challenge_id") ');
    await queryRunner.query(
      'ALTER TABLE "input" ADD CONSTRAINT "FK_da8f45ac522ad7c49055bd1aba2" FOREIGN KEY ("trajectory_id") REFERENCES "trajectory"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "input" ADD CONSTRAINT "FK_0bce5c3898a1c41bdaf74f7f122" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "input_comment" ADD CONSTRAINT "FK_e127e82cf16b3de95345d05f01b" FOREIGN KEY ("input_id") REFERENCES "input"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "input_comment" ADD CONSTRAINT "FK_073223a525c07f23328d827f1b8" FOREIGN KEY ("parent_id") REFERENCES "input_comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "input_comment" ADD CONSTRAINT "FK_4e12e11a67f6c680e0776da31ec" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "input_support" ADD CONSTRAINT "FK_27f81c79f7913353e6a23003ce6" FOREIGN KEY ("input_id") REFERENCES "input"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "input_support" ADD CONSTRAINT "FK_9eb295b5c5c154c9ad9388702fe" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "input_follow" ADD CONSTRAINT "FK_691bb50b388b5c8f3c47ddba1c4" FOREIGN KEY ("input_id") REFERENCES "input"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "input_follow" ADD CONSTRAINT "FK_8286cca4dad5b6301d496405ff3" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "challenge" ADD CONSTRAINT "FK_605fcebd36882d78c02c059c043" FOREIGN KEY ("trajectory_id") REFERENCES "trajectory"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "challenge_org_unit" ADD CONSTRAINT "FK_d64fd354ed3982610180f6c053d" FOREIGN KEY ("challenge_id") REFERENCES "challenge"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "challenge_org_unit" ADD CONSTRAINT "FK_778533ea23e74de9a256d5c1188" FOREIGN KEY ("org_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "challenge_criterion" ADD CONSTRAINT "FK_0b5ea9a4dceeb2811a46a1aa926" FOREIGN KEY ("challenge_id") REFERENCES "challenge"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "idea" ADD CONSTRAINT "FK_e473ffc437c5b68a4e6d64829dc" FOREIGN KEY ("input_id") REFERENCES "input"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "idea" ADD CONSTRAINT "FK_56276092c1cbfb6881064566189" FOREIGN KEY ("challenge_id") REFERENCES "challenge"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Written by hand (the entity diff cannot express them): the extension and the GIN indexes
    // for similar ideas (Dutch full text on the stored vector, trigram similarity of titles).
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query(
      'CREATE INDEX "ix_input_search" ON "input" USING gin ("search_vector")',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_input_title_trgm" ON "input" USING gin ("title" gin_trgm_ops)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_input_title_trgm"');
    await queryRunner.query('DROP INDEX "ix_input_search"');
    await queryRunner.query('ALTER TABLE "idea" DROP CONSTRAINT "FK_56276092c1cbfb6881064566189"');
    await queryRunner.query('ALTER TABLE "idea" DROP CONSTRAINT "FK_e473ffc437c5b68a4e6d64829dc"');
    await queryRunner.query(
      'ALTER TABLE "challenge_criterion" DROP CONSTRAINT "FK_0b5ea9a4dceeb2811a46a1aa926"',
    );
    await queryRunner.query(
      'ALTER TABLE "challenge_org_unit" DROP CONSTRAINT "FK_778533ea23e74de9a256d5c1188"',
    );
    await queryRunner.query(
      'ALTER TABLE "challenge_org_unit" DROP CONSTRAINT "FK_d64fd354ed3982610180f6c053d"',
    );
    await queryRunner.query(
      'ALTER TABLE "challenge" DROP CONSTRAINT "FK_605fcebd36882d78c02c059c043"',
    );
    await queryRunner.query(
      'ALTER TABLE "input_follow" DROP CONSTRAINT "FK_8286cca4dad5b6301d496405ff3"',
    );
    await queryRunner.query(
      'ALTER TABLE "input_follow" DROP CONSTRAINT "FK_691bb50b388b5c8f3c47ddba1c4"',
    );
    await queryRunner.query(
      'ALTER TABLE "input_support" DROP CONSTRAINT "FK_9eb295b5c5c154c9ad9388702fe"',
    );
    await queryRunner.query(
      'ALTER TABLE "input_support" DROP CONSTRAINT "FK_27f81c79f7913353e6a23003ce6"',
    );
    await queryRunner.query(
      'ALTER TABLE "input_comment" DROP CONSTRAINT "FK_4e12e11a67f6c680e0776da31ec"',
    );
    await queryRunner.query(
      'ALTER TABLE "input_comment" DROP CONSTRAINT "FK_073223a525c07f23328d827f1b8"',
    );
    await queryRunner.query(
      'ALTER TABLE "input_comment" DROP CONSTRAINT "FK_e127e82cf16b3de95345d05f01b"',
    );
    await queryRunner.query('ALTER TABLE "input" DROP CONSTRAINT "FK_0bce5c3898a1c41bdaf74f7f122"');
    await queryRunner.query('ALTER TABLE "input" DROP CONSTRAINT "FK_da8f45ac522ad7c49055bd1aba2"');
    await queryRunner.query('DROP INDEX "ix_idea_challenge"');
    await queryRunner.query('DROP TABLE "idea"');
    await queryRunner.query('DROP INDEX "ix_challenge_criterion_order"');
    await queryRunner.query('DROP TABLE "challenge_criterion"');
    await queryRunner.query('DROP INDEX "IDX_778533ea23e74de9a256d5c118"');
    await queryRunner.query('DROP TABLE "challenge_org_unit"');
    await queryRunner.query('DROP INDEX "ix_challenge_trajectory"');
    await queryRunner.query('DROP INDEX "ix_challenge_state"');
    await queryRunner.query('DROP TABLE "challenge"');
    await queryRunner.query('DROP INDEX "ix_input_follow_user"');
    await queryRunner.query('DROP TABLE "input_follow"');
    await queryRunner.query('DROP INDEX "ix_input_support_user"');
    await queryRunner.query('DROP TABLE "input_support"');
    await queryRunner.query('DROP INDEX "ix_input_comment_thread"');
    await queryRunner.query('DROP INDEX "ix_input_comment_author"');
    await queryRunner.query('DROP TABLE "input_comment"');
    await queryRunner.query('DROP INDEX "ix_input_newest"');
    await queryRunner.query('DROP INDEX "ix_input_supported"');
    await queryRunner.query('DROP INDEX "ix_input_discussed"');
    await queryRunner.query('DROP INDEX "ix_input_random"');
    await queryRunner.query('DROP INDEX "ix_input_trajectory"');
    await queryRunner.query('DROP INDEX "ix_input_author"');
    await queryRunner.query('DROP INDEX "uq_input_idempotency"');
    await queryRunner.query('DROP TABLE "input"');
  }
}
