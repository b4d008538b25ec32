import { useMutation } from '@apollo/client/react';
import type { CreateStakeholderInput } from '../../../gql/graphql';
import { CreateStakeholderMutation } from '../graphql/trajectory-mutations';
import { appendToTrajectory, refreshSimHealth } from './trajectory-cache';

/** Adds the new item to its trajectory's list in the cache. */
export function useCreateStakeholder(trajectoryId: string) {
  const [mutate, { loading }] = useMutation(CreateStakeholderMutation, {
    update(cache, { data }) {
      appendToTrajectory(cache, trajectoryId, 'stakeholders', data?.createStakeholder);
    },
    refetchQueries: refreshSimHealth(trajectoryId),
  });
  return { run: (input: CreateStakeholderInput) => mutate({ variables: { input } }), loading };
}
