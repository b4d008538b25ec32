import { useMutation } from '@apollo/client/react';
import type { CreateDecisionRuleInput } from '../../../gql/graphql';
import { CreateDecisionRuleMutation } from '../graphql/trajectory-mutations';
import { appendToTrajectory, refreshSimHealth } from './trajectory-cache';

/** Adds the new item to its trajectory's list in the cache. */
export function useCreateDecisionRule(trajectoryId: string) {
  const [mutate, { loading }] = useMutation(CreateDecisionRuleMutation, {
    update(cache, { data }) {
      appendToTrajectory(cache, trajectoryId, 'decisionRules', data?.createDecisionRule);
    },
    refetchQueries: refreshSimHealth(trajectoryId),
  });
  return { run: (input: CreateDecisionRuleInput) => mutate({ variables: { input } }), loading };
}
