import { useMutation } from '@apollo/client/react';
import type { CreateTrajectoryInput } from '../../../gql/graphql';
import { CreateTrajectoryMutation } from '../graphql/trajectory-mutations';

/** Lists are filtered and paged: drop them all and let the visible one load again. */
export function useCreateTrajectory() {
  const [mutate, { loading }] = useMutation(CreateTrajectoryMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'trajectories' });
      cache.gc();
    },
  });
  return {
    createTrajectory: async (input: CreateTrajectoryInput) => {
      const result = await mutate({ variables: { input } });
      return result.data?.createTrajectory ?? null;
    },
    loading,
  };
}
