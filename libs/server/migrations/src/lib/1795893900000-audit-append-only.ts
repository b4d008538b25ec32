import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand (a trigger is not something the entity diff can generate): the audit log is
 * append-only in the database itself, so neither a bug nor a compromised application account
 * can rewrite history. Retention jobs that must delete old events set the transaction-local
 * setting `inspraak.audit_maintenance` to `on` first.
 */
export class AuditAppendOnly1795893900000 implements MigrationInterface {
  name = 'AuditAppendOnly1795893900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('inspraak.audit_maintenance', true) = 'on' AND TG_OP = 'DELETE' THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit_event is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END;
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_event_no_truncate ON audit_event');
    await queryRunner.query('DROP TRIGGER audit_event_append_only ON audit_event');
    await queryRunner.query('DROP FUNCTION audit_event_append_only()');
  }
}
