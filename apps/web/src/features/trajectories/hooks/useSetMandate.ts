import { useMutation } from '@apollo/client/react';
import type { SetMandateInput } from '../../../gql/graphql';
import { SetMandateMutation } from '../graphql/trajectory-mutations';
import { refreshSimHealth } from './trajectory-cache';

/** The mandate has no id of its own: write it onto its trajectory. */
export function useSetMandate() {
  const [mutate, { loading }] = useMutation(SetMandateMutation);
  return {
    setMandate: (input: SetMandateInput) =>
      mutate({
        variables: { input },
        refetchQueries: refreshSimHealth(String(input.trajectoryId)),
        update(cache, { data }) {
          if (!data) return;
          cache.modify({
            id: cache.identify({ __typename: 'Trajectory', id: String(input.trajectoryId) }),
            fields: { mandate: () => data.setMandate },
          });
        },
      }),
    loading,
  };
}
