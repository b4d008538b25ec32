import { MigrationInterface, QueryRunner } from 'typeorm';

export class PersonalData1795954562351 implements MigrationInterface {
  name = 'PersonalData1795954562351';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "app_user" ADD "erased_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(
      'CREATE INDEX "ix_audit_actor" ON "audit_event"  ("actor_id", "created_at") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_audit_actor"');
    await queryRunner.query('ALTER TABLE "app_user" DROP COLUMN "erased_at"');
  }
}
