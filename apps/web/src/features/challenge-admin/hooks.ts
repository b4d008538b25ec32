import { useQuery } from '@apollo/client/react';
import { apiErrorCode } from '../../lib/graphql-errors';
import { ChallengeTrajectoryQuery } from './graphql/challenge-admin';

/** The trajectory around the challenge pages: title, phase and the viewer's rights. */
export function useChallengeTrajectory(id: string) {
  const { data, loading, error, refetch } = useQuery(ChallengeTrajectoryQuery, {
    variables: { id },
  });
  return {
    trajectory: data?.trajectory ?? null,
    loading: loading && !data,
    error: data ? undefined : error,
    notFound: !data && !!error && apiErrorCode(error) === 'NOT_FOUND',
    refetch,
  };
}
