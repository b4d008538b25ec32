import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795909771079 implements MigrationInterface {
  name = 'Notifications1795909771079';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "notification_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "type" character varying(48) NOT NULL, "key" character varying(200) NOT NULL, "subject_kind" character varying(32) NOT NULL, "subject_id" character varying(64) NOT NULL, "trajectory_id" uuid, "data" jsonb NOT NULL, "actor_id" uuid, "fanout_state" character varying(16) NOT NULL DEFAULT \'pending\', "fanout_cursor" character varying(64), "anonymous_done" boolean NOT NULL DEFAULT false, "fanout_runs" integer NOT NULL DEFAULT \'0\', "fanout_leased_until" TIMESTAMP WITH TIME ZONE, "recipient_count" integer NOT NULL DEFAULT \'0\', "fanout_done_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_122be1f0696e0255acf95f9e336" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_e1ce86f768e97457c169b2c370" ON "notification_event"  ("key") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_notification_event_unfinished" ON "notification_event"  ("created_at") WHERE fanout_state <> \'done\'',
    );
    await queryRunner.query(
      'CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "event_id" uuid NOT NULL, "user_id" uuid, "recipient_hash" character varying(128), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_notification_recipient" CHECK ((user_id IS NULL) <> (recipient_hash IS NULL)), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_notification_hash_newest" ON "notification"  ("recipient_hash", "created_at", "id") WHERE recipient_hash IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_notification_hash_latest" ON "notification"  ("created_at") WHERE recipient_hash IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_notification_user_unread" ON "notification"  ("user_id", "created_at", "id") WHERE read_at IS NULL AND user_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_notification_user_newest" ON "notification"  ("user_id", "created_at", "id") WHERE user_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_notification_event_hash" ON "notification"  ("event_id", "recipient_hash") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_notification_event_user" ON "notification"  ("event_id", "user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "type" character varying(48) NOT NULL, "in_app" boolean NOT NULL, "email" character varying(16) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_98793ae4db877d281012dc55998" PRIMARY KEY ("user_id", "type"))',
    );
    await queryRunner.query(
      'CREATE TABLE "notification_digest_item" ("user_id" uuid NOT NULL, "event_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "digest_id" uuid, CONSTRAINT "PK_0d9ac8cdfdabdf84e77a57a142e" PRIMARY KEY ("user_id", "event_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_notification_digest_item_pending" ON "notification_digest_item"  ("user_id", "created_at") WHERE digest_id IS NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "notification_digest" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "day" date NOT NULL, "outbox_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2c7b26f22e8e8ef9774d9878736" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_notification_digest_user_day" ON "notification_digest"  ("user_id", "day") ',
    );
    await queryRunner.query(
      'CREATE TABLE "notification_digest_run" ("day" date NOT NULL, "cutoff" TIMESTAMP WITH TIME ZONE NOT NULL, "pages" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3e121f34231a711f15c0238edda" PRIMARY KEY ("day"))',
    );
    await queryRunner.query('ALTER TABLE "mail_outbox" ADD "headers" jsonb');
    await queryRunner.query('ALTER TABLE "mail_outbox" ADD "resolver" character varying(64)');
    await queryRunner.query('ALTER TABLE "mail_outbox" ADD "resolver_ref" character varying(200)');
    await queryRunner.query('ALTER TABLE "mail_outbox" ALTER COLUMN "recipient" DROP NOT NULL');
    await queryRunner.query('ALTER TABLE "mail_outbox" ALTER COLUMN "subject" DROP NOT NULL');
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "FK_122be1f0696e0255acf95f9e336" FOREIGN KEY ("event_id") REFERENCES "notification_event"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_preference" ADD CONSTRAINT "FK_ff040d2d2e35c49b00525783829" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_digest_item" ADD CONSTRAINT "FK_c12b774940a54791537e39aec25" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_digest_item" ADD CONSTRAINT "FK_fd1e0a2a0d309d5fd0df7bfbda6" FOREIGN KEY ("event_id") REFERENCES "notification_event"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_digest" ADD CONSTRAINT "FK_a90a56c6325a3eb952b3394eb45" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "notification_digest" DROP CONSTRAINT "FK_a90a56c6325a3eb952b3394eb45"',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_digest_item" DROP CONSTRAINT "FK_fd1e0a2a0d309d5fd0df7bfbda6"',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_digest_item" DROP CONSTRAINT "FK_c12b774940a54791537e39aec25"',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_preference" DROP CONSTRAINT "FK_ff040d2d2e35c49b00525783829"',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" DROP CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8"',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" DROP CONSTRAINT "FK_122be1f0696e0255acf95f9e336"',
    );
    await queryRunner.query('ALTER TABLE "mail_outbox" ALTER COLUMN "subject" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "mail_outbox" ALTER COLUMN "recipient" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "mail_outbox" DROP COLUMN "resolver_ref"');
    await queryRunner.query('ALTER TABLE "mail_outbox" DROP COLUMN "resolver"');
    await queryRunner.query('ALTER TABLE "mail_outbox" DROP COLUMN "headers"');
    await queryRunner.query('DROP TABLE "notification_digest_run"');
    await queryRunner.query('DROP INDEX "UQ_notification_digest_user_day"');
    await queryRunner.query('DROP TABLE "notification_digest"');
    await queryRunner.query('DROP INDEX "IDX_notification_digest_item_pending"');
    await queryRunner.query('DROP TABLE "notification_digest_item"');
    await queryRunner.query('DROP TABLE "notification_preference"');
    await queryRunner.query('DROP INDEX "UQ_notification_event_user"');
    await queryRunner.query('DROP INDEX "UQ_notification_event_hash"');
    await queryRunner.query('DROP INDEX "IDX_notification_user_newest"');
    await queryRunner.query('DROP INDEX "IDX_notification_user_unread"');
    await queryRunner.query('DROP INDEX "IDX_notification_hash_newest"');
    await queryRunner.query('DROP INDEX "IDX_notification_hash_latest"');
    await queryRunner.query('DROP TABLE "notification"');
    await queryRunner.query('DROP INDEX "IDX_notification_event_unfinished"');
    await queryRunner.query('DROP INDEX "IDX_e1ce86f768e97457c169b2c370"');
    await queryRunner.query('DROP TABLE "notification_event"');
  }
}
