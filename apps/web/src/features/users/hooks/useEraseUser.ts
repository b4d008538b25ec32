import { useMutation } from '@apollo/client/react';
import type { EraseUserInput } from '../../../gql/graphql';
import { EraseUserMutation } from '../graphql/user-mutations';

/**
 * The answer's user (now nameless, erased and deactivated) lands on the cached row, so lists show
 * the new status at once; the page reloads its list for the new name's place in the order.
 */
export function useEraseUser() {
  const [mutate, { loading }] = useMutation(EraseUserMutation);
  return {
    eraseUser: async (input: EraseUserInput) => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('No answer');
      return data.eraseUser.counts;
    },
    loading,
  };
}
