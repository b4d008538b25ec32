import { useMutation } from '@apollo/client/react';
import { MeQuery } from '../graphql/me-query';
import { SignInMutation } from '../graphql/sign-in-mutation';

/** Signs in; the new user becomes `me` in the cache, which re-renders the shell. */
export function useSignIn() {
  const [mutate, { loading }] = useMutation(SignInMutation, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: MeQuery, data: { me: data.signIn } });
    },
  });
  return {
    signIn: (email: string, password: string) =>
      mutate({ variables: { input: { email: email.trim(), password } } }),
    loading,
  };
}
