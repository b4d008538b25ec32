import { useMutation } from '@apollo/client/react';
import type { RecordDecisionInput } from '../../../gql/graphql';
import { RecordDecisionMutation } from '../graphql/trajectory-mutations';
import { appendToTrajectory, refreshSimHealth } from './trajectory-cache';

/** Adds the new item to its trajectory's list in the cache. */
export function useRecordDecision(trajectoryId: string) {
  const [mutate, { loading }] = useMutation(RecordDecisionMutation, {
    update(cache, { data }) {
      appendToTrajectory(cache, trajectoryId, 'decisions', data?.recordDecision);
    },
    refetchQueries: refreshSimHealth(trajectoryId),
  });
  return { run: (input: RecordDecisionInput) => mutate({ variables: { input } }), loading };
}
