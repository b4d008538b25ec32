import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { getFragmentData } from '../../../gql';
import { UserRowFragment, UsersQuery } from '../graphql/users-query';

export const USERS_PAGE_SIZE = 25;

export function useUsers(search: string) {
  const { data, loading, error, fetchMore, refetch } = useQuery(UsersQuery, {
    variables: { first: USERS_PAGE_SIZE, search: search || null },
    notifyOnNetworkStatusChange: true,
  });
  const users = useMemo(
    () => getFragmentData(UserRowFragment, data?.users.edges.map((edge) => edge.node) ?? []),
    [data],
  );
  const pageInfo = data?.users.pageInfo;
  return {
    users,
    loading: loading && !data,
    loadingMore: loading && !!data,
    error: data ? undefined : error,
    hasMore: pageInfo?.hasNextPage ?? false,
    loadMore: () => fetchMore({ variables: { after: pageInfo?.endCursor ?? null } }),
    refetch,
  };
}
