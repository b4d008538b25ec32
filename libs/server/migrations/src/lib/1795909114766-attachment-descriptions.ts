import { MigrationInterface, QueryRunner } from 'typeorm';

export class AttachmentDescriptions1795909114766 implements MigrationInterface {
  name = 'AttachmentDescriptions1795909114766';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "attachment" ADD "description" character varying(250)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "attachment" DROP COLUMN "description"');
  }
}
