import { randomUUID } from 'node:crypto';

type Sample = () => { query: string; variables?: Record<string, unknown> };

/** One valid call per notification operation (the caller's own notifications and settings). */
export function notificationSamples(): Record<string, Sample> {
  return {
    'Query.notifications': () => ({
      query: '{ notifications(first: 2) { edges { node { id title } } unreadCount } }',
    }),
    'Query.unreadNotificationCount': () => ({ query: '{ unreadNotificationCount }' }),
    'Query.notificationPreferences': () => ({
      query: '{ notificationPreferences { type inApp email } }',
    }),
    'Mutation.markNotificationsRead': () => ({
      query: 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
      variables: { ids: [randomUUID()] },
    }),
    'Mutation.markAllNotificationsRead': () => ({ query: 'mutation { markAllNotificationsRead }' }),
    'Mutation.updateNotificationPreferences': () => ({
      query: `mutation($input: [NotificationPreferenceInput!]!) {
        updateNotificationPreferences(input: $input) { type } }`,
      variables: { input: [{ type: 'INPUT_MERGED', inApp: true, email: 'IMMEDIATE' }] },
    }),
    // Public; a made-up token is a typed BAD_USER_INPUT for everyone.
    'Mutation.unsubscribe': () => ({
      query: 'mutation($token: String!) { unsubscribe(token: $token) }',
      variables: { token: 'not-a-token' },
    }),
  };
}
