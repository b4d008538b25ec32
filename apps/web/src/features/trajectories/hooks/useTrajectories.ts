import { useQuery } from '@apollo/client/react';
import type { SimPhase } from '../../../gql/graphql';
import { TrajectoriesQuery } from '../graphql/trajectory-queries';

export const TRAJECTORIES_PAGE_SIZE = 20;

export interface TrajectoryFilters {
  phase: SimPhase | null;
  orgUnitId: string | null;
  mine: boolean;
}

/** One list per filter; "load more" appends the next page (keyset cursor). */
export function useTrajectories(filters: TrajectoryFilters) {
  const { data, loading, error, fetchMore, refetch } = useQuery(TrajectoriesQuery, {
    variables: { first: TRAJECTORIES_PAGE_SIZE, ...filters },
    notifyOnNetworkStatusChange: true,
  });
  const pageInfo = data?.trajectories.pageInfo;
  return {
    trajectories: data?.trajectories.edges.map((edge) => edge.node) ?? [],
    loading: loading && !data,
    loadingMore: loading && !!data,
    error: data ? undefined : error,
    hasMore: pageInfo?.hasNextPage ?? false,
    loadMore: () =>
      fetchMore({
        variables: { after: pageInfo?.endCursor ?? null },
        updateQuery: (previous, { fetchMoreResult }) => ({
          trajectories: {
            ...fetchMoreResult.trajectories,
            edges: [...previous.trajectories.edges, ...fetchMoreResult.trajectories.edges],
          },
        }),
      }),
    refetch,
  };
}
