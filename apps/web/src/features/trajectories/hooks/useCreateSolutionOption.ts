import { useMutation } from '@apollo/client/react';
import type { CreateSolutionOptionInput } from '../../../gql/graphql';
import { CreateSolutionOptionMutation } from '../graphql/trajectory-mutations';
import { appendToTrajectory, refreshSimHealth } from './trajectory-cache';

/** Adds the new item to its trajectory's list in the cache. */
export function useCreateSolutionOption(trajectoryId: string) {
  const [mutate, { loading }] = useMutation(CreateSolutionOptionMutation, {
    update(cache, { data }) {
      appendToTrajectory(cache, trajectoryId, 'solutionOptions', data?.createSolutionOption);
    },
    refetchQueries: refreshSimHealth(trajectoryId),
  });
  return { run: (input: CreateSolutionOptionInput) => mutate({ variables: { input } }), loading };
}
