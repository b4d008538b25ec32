export { AuditModule } from './lib/audit.module';
export { AuditService, AuditEntry, neutraliseCsvCell } from './lib/audit.service';
export { AUDIT_ENTITIES } from './lib/audit-event.entity';
export {
  deleteRows,
  PersonalDataErasure,
  PersonalDataExportOptions,
  PersonalDataRegistry,
  PersonalDataSource,
  PersonalDataSubject,
  RegisteredPersonalDataSource,
} from './lib/personal-data/personal-data.registry';
