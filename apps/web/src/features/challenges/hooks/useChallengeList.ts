import { useQuery } from '@apollo/client/react';
import { getFragmentData } from '../../../gql';
import {
  ChallengeSummaryFieldsFragment,
  OpenChallengesQuery,
  TrajectoryOpenChallengesQuery,
} from '../graphql/challenge-queries';

const PAGE_SIZE = 20;

/** Open challenges across the organisation, or every challenge of one trajectory. */
export function useChallengeList(trajectoryId: string | null) {
  const open = useQuery(OpenChallengesQuery, {
    variables: { first: PAGE_SIZE },
    skip: !!trajectoryId,
    notifyOnNetworkStatusChange: true,
  });
  const ofTrajectory = useQuery(TrajectoryOpenChallengesQuery, {
    variables: { trajectoryId: trajectoryId ?? '', first: PAGE_SIZE },
    skip: !trajectoryId,
    notifyOnNetworkStatusChange: true,
  });
  const connection = trajectoryId ? ofTrajectory.data?.challenges : open.data?.openChallenges;
  const query = trajectoryId ? ofTrajectory : open;
  const pageInfo = connection?.pageInfo;
  const loadMore = () => {
    const after = pageInfo?.endCursor ?? null;
    if (trajectoryId) {
      return ofTrajectory.fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          challenges: {
            ...fetchMoreResult.challenges,
            edges: [...previous.challenges.edges, ...fetchMoreResult.challenges.edges],
          },
        }),
      });
    }
    return open.fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        openChallenges: {
          ...fetchMoreResult.openChallenges,
          edges: [...previous.openChallenges.edges, ...fetchMoreResult.openChallenges.edges],
        },
      }),
    });
  };
  return {
    challenges:
      connection?.edges.map((edge) => getFragmentData(ChallengeSummaryFieldsFragment, edge.node)) ??
      [],
    loading: query.loading && !query.data,
    loadingMore: query.loading && !!query.data,
    error: query.data ? undefined : query.error,
    hasMore: pageInfo?.hasNextPage ?? false,
    loadMore,
    refetch: () => query.refetch(),
  };
}
