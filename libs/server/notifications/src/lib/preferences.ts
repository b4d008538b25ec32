import { NOTIFICATION_TYPES, NotificationType } from './contract';

export type EmailFrequency = 'IMMEDIATE' | 'DAILY_DIGEST' | 'OFF';
export const EMAIL_FREQUENCIES: readonly EmailFrequency[] = ['IMMEDIATE', 'DAILY_DIGEST', 'OFF'];

export interface Preference {
  type: NotificationType;
  inApp: boolean;
  email: EmailFrequency;
}

/**
 * Defaults when a user never chose: in-app on for everything; mail at once, except the overdue
 * reminders for moderators and teams and the actions on pulse surveys (sent to everyone a round
 * asked), which arrive as a daily digest.
 */
const DIGEST_BY_DEFAULT: readonly NotificationType[] = [
  'feedback.overdue',
  'pulse.action-published',
];

export function defaultPreference(type: NotificationType): Preference {
  return {
    type,
    inApp: true,
    email: DIGEST_BY_DEFAULT.includes(type) ? 'DAILY_DIGEST' : 'IMMEDIATE',
  };
}

/** GraphQL enum values (`INPUT_STATUS_CHANGED`) ↔ stored types (`input.status-changed`). */
export function typeToEnum(type: NotificationType): string {
  return type.replace(/[.-]/g, '_').toUpperCase();
}

export function enumToType(value: string): NotificationType | null {
  return NOTIFICATION_TYPES.find((t) => typeToEnum(t) === value) ?? null;
}

export function isNotificationType(value: string): value is NotificationType {
  return (NOTIFICATION_TYPES as readonly string[]).includes(value);
}

/** SQL for a user's effective in-app / email setting of type `$type`, given `p` (LEFT JOINed). */
export function effectiveSql(type: NotificationType): { inApp: string; email: string } {
  const d = defaultPreference(type);
  return {
    inApp: `COALESCE(p.in_app, ${d.inApp ? 'true' : 'false'})`,
    email: `COALESCE(p.email, '${d.email}')`,
  };
}
