import { useMutation } from '@apollo/client/react';
import type { CreateUserInput } from '../../../gql/graphql';
import { CreateUserMutation } from '../graphql/user-mutations';

/**
 * Users are listed by name over pages and per search, so there is no right place to insert the
 * new one: drop the cached lists and let the visible one load again.
 */
export function useCreateUser() {
  const [mutate, { loading }] = useMutation(CreateUserMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'users' });
      cache.gc();
    },
  });
  return {
    createUser: (input: CreateUserInput) => mutate({ variables: { input } }),
    loading,
  };
}
