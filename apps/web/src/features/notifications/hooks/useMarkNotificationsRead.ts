import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  MarkAllNotificationsReadMutation,
  MarkNotificationsReadMutation,
} from '../graphql/notifications';

// Active lists and the bell's count are asked again once the server has them read.
const REFETCH = ['UnreadNotificationCount', 'Notifications'];

/** Marks one or all notifications read; the item shows as read at once (optimistic). */
export function useMarkNotificationsRead() {
  const [markSome] = useMutation(MarkNotificationsReadMutation, {
    refetchQueries: REFETCH,
  });
  const [markAll, { loading: markingAll }] = useMutation(MarkAllNotificationsReadMutation, {
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });

  const markRead = useCallback(
    (ids: string[]) =>
      markSome({
        variables: { ids },
        optimisticResponse: { markNotificationsRead: ids.length },
        update: (cache) => {
          for (const id of ids) {
            cache.modify({
              id: cache.identify({ __typename: 'Notification', id }),
              fields: { read: () => true },
            });
          }
        },
      }),
    [markSome],
  );

  return {
    markRead,
    markAllRead: () => markAll(),
    markingAll,
  };
}
