import { useMutation } from '@apollo/client/react';
import { DeactivateUserMutation } from '../graphql/user-mutations';

/** The answer's `deactivatedAt` lands on the cached user; lists show the new status at once. */
export function useDeactivateUser() {
  const [mutate, { loading }] = useMutation(DeactivateUserMutation);
  return {
    deactivateUser: (id: string) => mutate({ variables: { id } }),
    loading,
  };
}
