import { useQuery } from '@apollo/client/react';

import { DevMailboxQuery } from '../graphql/dev-mailbox-query';

export const DEV_MAILBOX_PAGE_SIZE = 50;

/** The newest mails of the dev mailbox (embedded and development mode only). */
export function useDevMailbox() {
  const { data, loading, error, refetch } = useQuery(DevMailboxQuery, {
    variables: { first: DEV_MAILBOX_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  return {
    mails: data?.devMailbox.edges.map((edge) => edge.node) ?? [],
    loading: loading && !data,
    refreshing: loading && !!data,
    error: data ? undefined : error,
    refetch,
  };
}
