import { useMutation } from '@apollo/client/react';
import type { SetOptionEffectInput } from '../../../gql/graphql';
import { SetOptionEffectMutation } from '../graphql/trajectory-mutations';
import { refreshSimHealth } from './trajectory-cache';

/** The answer carries the option's id and effects: the cache updates the option in place. */
export function useSetOptionEffect(trajectoryId: string) {
  const [mutate, { loading }] = useMutation(SetOptionEffectMutation, {
    refetchQueries: refreshSimHealth(trajectoryId),
  });
  return { run: (input: SetOptionEffectInput) => mutate({ variables: { input } }), loading };
}
