import { AuditAction } from '@inspraak/contracts';
import type { TFunction } from 'i18next';

// i18next reads dots as nesting, so the actions' own names map to flat keys. Partial: an
// action the server adds later shows by its technical name until it gets a label here.
const ACTION_KEYS = {
  [AuditAction.SIGN_IN]: 'signIn',
  [AuditAction.SIGN_OUT]: 'signOut',
  [AuditAction.ORG_UNIT_CREATE]: 'orgUnitCreate',
  [AuditAction.ORG_UNIT_RENAME]: 'orgUnitRename',
  [AuditAction.ORG_UNIT_MOVE]: 'orgUnitMove',
  [AuditAction.ORG_UNIT_ARCHIVE]: 'orgUnitArchive',
  [AuditAction.USER_CREATE]: 'userCreate',
  [AuditAction.USER_UPDATE]: 'userUpdate',
  [AuditAction.USER_ROLE_CHANGE]: 'userRoleChange',
  [AuditAction.USER_DEACTIVATE]: 'userDeactivate',
  [AuditAction.PERSONAL_DATA_EXPORT]: 'personalDataExport',
  [AuditAction.USER_ERASE]: 'userErase',
  [AuditAction.DEMO_SEED]: 'demoSeed',
  [AuditAction.INVITATION_SENT]: 'invitationSent',
  [AuditAction.INVITATION_ACCEPTED]: 'invitationAccepted',
  [AuditAction.PASSWORD_RESET_REQUESTED]: 'passwordResetRequested',
  [AuditAction.PASSWORD_RESET_COMPLETED]: 'passwordResetCompleted',
  [AuditAction.TRAJECTORY_CREATE]: 'trajectoryCreate',
  [AuditAction.TRAJECTORY_UPDATE]: 'trajectoryUpdate',
  [AuditAction.TRAJECTORY_PHASE_CHANGE]: 'trajectoryPhaseChange',
  [AuditAction.TRAJECTORY_CRITERIA_LOCK]: 'trajectoryCriteriaLock',
  [AuditAction.TRAJECTORY_TEAM_ADD]: 'trajectoryTeamAdd',
  [AuditAction.TRAJECTORY_TEAM_REMOVE]: 'trajectoryTeamRemove',
  [AuditAction.TRAJECTORY_OWNER_CHANGE]: 'trajectoryOwnerChange',
  [AuditAction.TRAJECTORY_DECISION_RECORD]: 'trajectoryDecisionRecord',
} as const satisfies Partial<Record<AuditAction, string>>;

type LabelledAction = keyof typeof ACTION_KEYS;

export const AUDIT_ACTIONS: readonly string[] = Object.values(AuditAction);

function isLabelled(action: string): action is LabelledAction {
  return Object.prototype.hasOwnProperty.call(ACTION_KEYS, action);
}

export function auditActionLabel(t: TFunction, action: string): string {
  return isLabelled(action) ? t(`audit.actions.${ACTION_KEYS[action]}`) : action;
}
