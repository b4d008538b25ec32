import { useMutation } from '@apollo/client/react';
import type { CreateSuccessCriterionInput } from '../../../gql/graphql';
import { CreateSuccessCriterionMutation } from '../graphql/trajectory-mutations';
import { appendToTrajectory, refreshSimHealth } from './trajectory-cache';

/** Adds the new item to its trajectory's list in the cache. */
export function useCreateSuccessCriterion(trajectoryId: string) {
  const [mutate, { loading }] = useMutation(CreateSuccessCriterionMutation, {
    update(cache, { data }) {
      appendToTrajectory(cache, trajectoryId, 'successCriteria', data?.createSuccessCriterion);
    },
    refetchQueries: refreshSimHealth(trajectoryId),
  });
  return { run: (input: CreateSuccessCriterionInput) => mutate({ variables: { input } }), loading };
}
