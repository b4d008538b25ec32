import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { UnreadNotificationCountQuery } from '../graphql/notifications';

/** How often the bell asks for the unread count while the tab is visible. */
export const UNREAD_POLL_MS = 60_000;

/**
 * The signed-in user's unread count: polled every minute while the tab is visible, and asked
 * again when the window regains focus and after every navigation (`navigationKey` changes).
 */
export function useUnreadNotificationCount(navigationKey: string): number {
  const { data, refetch } = useQuery(UnreadNotificationCountQuery, {
    pollInterval: UNREAD_POLL_MS,
    skipPollAttempt: () => document.visibilityState === 'hidden',
    // The first answer comes from the network; later ones keep the cached count meanwhile.
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const refetchRef = useRef(refetch);
  useEffect(() => {
    refetchRef.current = refetch;
  });

  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    void refetchRef.current().catch(() => undefined);
  }, [navigationKey]);

  useEffect(() => {
    const onFocus = () => void refetchRef.current().catch(() => undefined);
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  return data?.unreadNotificationCount ?? 0;
}
