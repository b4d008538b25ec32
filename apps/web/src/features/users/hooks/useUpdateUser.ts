import { useMutation } from '@apollo/client/react';
import type { UpdateUserInput } from '../../../gql/graphql';
import { UpdateUserMutation } from '../graphql/user-mutations';

/**
 * The answer carries the user's id, so the cache updates every list and `me` that shows them;
 * nothing else changes.
 */
export function useUpdateUser() {
  const [mutate, { loading }] = useMutation(UpdateUserMutation);
  return {
    updateUser: (input: UpdateUserInput) => mutate({ variables: { input } }),
    loading,
  };
}
