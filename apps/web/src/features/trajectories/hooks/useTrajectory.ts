import { useQuery } from '@apollo/client/react';
import { apiErrorCode } from '../../../lib/graphql-errors';
import { TrajectoryQuery } from '../graphql/trajectory-queries';

export function useTrajectory(id: string) {
  const { data, loading, error, refetch } = useQuery(TrajectoryQuery, { variables: { id } });
  return {
    trajectory: data?.trajectory ?? null,
    loading: loading && !data,
    error: data ? undefined : error,
    notFound: !data && !!error && apiErrorCode(error) === 'NOT_FOUND',
    refetch,
  };
}
