import { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1795889627004 implements MigrationInterface {
  name = 'Identity1795889627004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "action" character varying(64) NOT NULL, "object_type" character varying(64), "object_id" character varying(64), "result" character varying(16) NOT NULL, "origin_ip" character varying(64), "details" jsonb NOT NULL DEFAULT \'{}\', CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_6bd81718eaeeae1a32a8167192" ON "audit_event"  ("action", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_7fa6eb9c168bfe1d8fe11bae2a" ON "audit_event"  ("created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "org_unit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(200) NOT NULL, "parent_id" uuid, "path" character varying(2000) COLLATE "C" NOT NULL, "depth" integer NOT NULL, "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ba1c59043dc14bb66023c1d07c7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_b8e4301109a2850200ba2c7c51" ON "org_unit"  ("parent_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_0117a7a7034d2b27b734efa7c3" ON "org_unit"  ("path") ',
    );
    await queryRunner.query(
      'CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(200) NOT NULL, "email" character varying(320) NOT NULL, "primary_org_unit_id" uuid, "locale" character varying(5) NOT NULL DEFAULT \'nl\', "role" character varying(16) NOT NULL DEFAULT \'EMPLOYEE\', "deactivated_at" TIMESTAMP WITH TIME ZONE, "password_hash" text, CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user"  ("email") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_95e2d0456da186d7158f8edc9c" ON "app_user"  ("primary_org_unit_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "manager_scope" ("user_id" uuid NOT NULL, "org_unit_id" uuid NOT NULL, CONSTRAINT "PK_d6fe29bad0d04632bd52782888f" PRIMARY KEY ("user_id", "org_unit_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_bb45bf698f1531d70969d71c83" ON "manager_scope"  ("org_unit_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "session" ("id" character varying(64) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ip" character varying(64), "user_agent" character varying(500), CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_30e98e8746699fb9af235410af" ON "session"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_2223e981900a413ce4ce6386f9" ON "session"  ("expires_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "login_throttle" ("scope_key" character varying(400) NOT NULL, "failures" integer NOT NULL, "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f894af716402d027cb04e074509" PRIMARY KEY ("scope_key"))',
    );
    await queryRunner.query(
      'ALTER TABLE "org_unit" ADD CONSTRAINT "FK_b8e4301109a2850200ba2c7c512" FOREIGN KEY ("parent_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "app_user" ADD CONSTRAINT "FK_95e2d0456da186d7158f8edc9cc" FOREIGN KEY ("primary_org_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "manager_scope" ADD CONSTRAINT "FK_d35ccbe58b17b324d1ec7494b08" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "manager_scope" ADD CONSTRAINT "FK_bb45bf698f1531d70969d71c83e" FOREIGN KEY ("org_unit_id") REFERENCES "org_unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "session" ADD CONSTRAINT "FK_30e98e8746699fb9af235410aff" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "session" DROP CONSTRAINT "FK_30e98e8746699fb9af235410aff"',
    );
    await queryRunner.query(
      'ALTER TABLE "manager_scope" DROP CONSTRAINT "FK_bb45bf698f1531d70969d71c83e"',
    );
    await queryRunner.query(
      'ALTER TABLE "manager_scope" DROP CONSTRAINT "FK_d35ccbe58b17b324d1ec7494b08"',
    );
    await queryRunner.query(
      'ALTER TABLE "app_user" DROP CONSTRAINT "FK_95e2d0456da186d7158f8edc9cc"',
    );
    await queryRunner.query(
      'ALTER TABLE "org_unit" DROP CONSTRAINT "FK_b8e4301109a2850200ba2c7c512"',
    );
    await queryRunner.query('DROP TABLE "login_throttle"');
    await queryRunner.query('DROP INDEX "IDX_2223e981900a413ce4ce6386f9"');
    await queryRunner.query('DROP INDEX "IDX_30e98e8746699fb9af235410af"');
    await queryRunner.query('DROP TABLE "session"');
    await queryRunner.query('DROP INDEX "IDX_bb45bf698f1531d70969d71c83"');
    await queryRunner.query('DROP TABLE "manager_scope"');
    await queryRunner.query('DROP INDEX "IDX_95e2d0456da186d7158f8edc9c"');
    await queryRunner.query('DROP INDEX "IDX_3fa909d0e37c531ebc23770339"');
    await queryRunner.query('DROP TABLE "app_user"');
    await queryRunner.query('DROP INDEX "IDX_0117a7a7034d2b27b734efa7c3"');
    await queryRunner.query('DROP INDEX "IDX_b8e4301109a2850200ba2c7c51"');
    await queryRunner.query('DROP TABLE "org_unit"');
    await queryRunner.query('DROP INDEX "IDX_7fa6eb9c168bfe1d8fe11bae2a"');
    await queryRunner.query('DROP INDEX "IDX_6bd81718eaeeae1a32a8167192"');
    await queryRunner.query('DROP TABLE "audit_event"');
  }
}
