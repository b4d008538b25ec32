import { useMutation } from '@apollo/client/react';
import type { InviteUserInput } from '../../../gql/graphql';
import { InviteUserMutation } from '../graphql/user-mutations';

/** Like creating a user: the cached lists are dropped and the visible one loads again. */
export function useInviteUser() {
  const [mutate, { loading }] = useMutation(InviteUserMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'users' });
      cache.gc();
    },
  });
  return {
    inviteUser: (input: InviteUserInput) => mutate({ variables: { input } }),
    loading,
  };
}
