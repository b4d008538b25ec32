import { useQuery } from '@apollo/client/react';
import { getFragmentData } from '../../../gql';
import type { IdeaListState, IdeaSort } from '../../../gql/graphql';
import { IdeaCardFieldsFragment, IdeasQuery } from '../graphql/challenge-queries';

export const IDEAS_PAGE_SIZE = 20;

export interface IdeaListOptions {
  sort: IdeaSort;
  state: IdeaListState;
  tag: string | null;
  mine: boolean;
}

/** One list per order and filter; "load more" appends the next page (keyset cursor). */
export function useIdeas(challengeId: string, options: IdeaListOptions) {
  const { data, loading, error, fetchMore, refetch } = useQuery(IdeasQuery, {
    variables: { challengeId, first: IDEAS_PAGE_SIZE, ...options },
    notifyOnNetworkStatusChange: true,
  });
  const pageInfo = data?.ideas.pageInfo;
  return {
    ideas:
      data?.ideas.edges.map((edge) => getFragmentData(IdeaCardFieldsFragment, edge.node)) ?? [],
    loading: loading && !data,
    loadingMore: loading && !!data,
    error: data ? undefined : error,
    hasMore: pageInfo?.hasNextPage ?? false,
    loadMore: () =>
      fetchMore({
        variables: { after: pageInfo?.endCursor ?? null },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ideas: {
            ...fetchMoreResult.ideas,
            edges: [...previous.ideas.edges, ...fetchMoreResult.ideas.edges],
          },
        }),
      }),
    refetch,
  };
}
