import { MigrationInterface, QueryRunner } from 'typeorm';

export class MailAndAccountTokens1795891141214 implements MigrationInterface {
  name = 'MailAndAccountTokens1795891141214';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "mail_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "recipient" character varying(320) NOT NULL, "locale" character varying(5) NOT NULL, "template" character varying(64) NOT NULL, "subject" character varying(300) NOT NULL, "text" text, "html" text, "status" character varying(16) NOT NULL DEFAULT \'pending\', "attempts" integer NOT NULL DEFAULT \'0\', "leased_until" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "last_error" character varying(300), CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_fdcc9a9fae0784a11963ea218a" ON "mail_outbox"  ("status", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "dev_mail" ("id" uuid NOT NULL, "to" character varying(320) NOT NULL, "subject" character varying(300) NOT NULL, "text" text NOT NULL, "html" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b01c4bacf3a68fec742f2bf368f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_add646490e1c96ad262dff49fb" ON "dev_mail"  ("created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "account_token" ("id" character varying(64) NOT NULL, "user_id" uuid NOT NULL, "purpose" character varying(32) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a55842d3341d42534e39f85e931" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_fc8d426296954178b2d0f22ded" ON "account_token"  ("expires_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_bfc80850ecdb4d6d387844d7bb" ON "account_token"  ("user_id", "purpose") ',
    );
    await queryRunner.query(
      'ALTER TABLE "account_token" ADD CONSTRAINT "FK_ab3c66669facfe429164e60ab82" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "account_token" DROP CONSTRAINT "FK_ab3c66669facfe429164e60ab82"',
    );
    await queryRunner.query('DROP INDEX "IDX_bfc80850ecdb4d6d387844d7bb"');
    await queryRunner.query('DROP INDEX "IDX_fc8d426296954178b2d0f22ded"');
    await queryRunner.query('DROP TABLE "account_token"');
    await queryRunner.query('DROP INDEX "IDX_add646490e1c96ad262dff49fb"');
    await queryRunner.query('DROP TABLE "dev_mail"');
    await queryRunner.query('DROP INDEX "IDX_fdcc9a9fae0784a11963ea218a"');
    await queryRunner.query('DROP TABLE "mail_outbox"');
  }
}
