import { useMutation } from '@apollo/client/react';
import type { ChangePhaseInput } from '../../../gql/graphql';
import { ChangePhaseMutation } from '../graphql/trajectory-mutations';
import { refreshSimHealth } from './trajectory-cache';

/**
 * The answer carries the phase, the history and the criteria locks; lists show another phase
 * now, so they load again, and the SIM health is fetched again.
 */
export function useChangePhase() {
  const [mutate, { loading }] = useMutation(ChangePhaseMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'trajectories' });
    },
  });
  return {
    changePhase: (input: ChangePhaseInput) =>
      mutate({ variables: { input }, refetchQueries: refreshSimHealth(String(input.id)) }),
    loading,
  };
}
