import { useQuery } from '@apollo/client/react';

import { AuditEventsQuery } from '../graphql/audit-events-query';

export const AUDIT_PAGE_SIZE = 25;

export function useAuditEvents(action: string) {
  const { data, loading, error, fetchMore, refetch } = useQuery(AuditEventsQuery, {
    variables: { first: AUDIT_PAGE_SIZE, action: action || null },
    // The log grows all the time; show what happened up to now each time the page opens.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const pageInfo = data?.auditEvents.pageInfo;
  return {
    events: data?.auditEvents.edges.map((edge) => edge.node) ?? [],
    loading: loading && !data,
    loadingMore: loading && !!data,
    error: data ? undefined : error,
    hasMore: pageInfo?.hasNextPage ?? false,
    loadMore: () => fetchMore({ variables: { after: pageInfo?.endCursor ?? null } }),
    refetch,
  };
}
