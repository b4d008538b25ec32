import type { EmailFrequency, NotificationType } from '../../gql/graphql';

/** In the order the settings page shows them. */
export const NOTIFICATION_TYPES: readonly NotificationType[] = [
  'INPUT_STATUS_CHANGED',
  'INPUT_MERGED',
  'FEEDBACK_OVERDUE',
  'PULSE_INVITATION',
  'PULSE_REMINDER',
  'PULSE_ACTION_PUBLISHED',
];

export const EMAIL_FREQUENCIES: readonly EmailFrequency[] = ['IMMEDIATE', 'DAILY_DIGEST', 'OFF'];

export interface Preference {
  type: NotificationType;
  inApp: boolean;
  email: EmailFrequency;
}

/** The API's preferences in the page's order; types the page does not know yet go last. */
export function orderPreferences(preferences: readonly Preference[]): Preference[] {
  const rank = (type: NotificationType) => {
    const index = NOTIFICATION_TYPES.indexOf(type);
    return index === -1 ? NOTIFICATION_TYPES.length : index;
  };
  return [...preferences]
    .map(({ type, inApp, email }) => ({ type, inApp, email }))
    .sort((a, b) => rank(a.type) - rank(b.type));
}
