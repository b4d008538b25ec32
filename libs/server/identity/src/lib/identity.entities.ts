import { LoginThrottleEntity, SessionEntity } from './auth/session.entity';
import { OrgUnitEntity } from './org-units/org-unit.entity';
import { ManagerScopeEntity, UserEntity } from './users/user.entity';

export const IDENTITY_ENTITIES = [
  OrgUnitEntity,
  UserEntity,
  ManagerScopeEntity,
  SessionEntity,
  LoginThrottleEntity,
];
