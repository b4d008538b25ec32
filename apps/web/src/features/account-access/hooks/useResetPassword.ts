import { useMutation } from '@apollo/client/react';
import { MeQuery } from '../../auth/graphql/me-query';
import { ResetPasswordMutation } from '../graphql/account-access-mutations';

/** Sets a new password through a reset link; the API signs in, so the user becomes `me`. */
export function useResetPassword() {
  const [mutate, { loading }] = useMutation(ResetPasswordMutation, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: MeQuery, data: { me: data.resetPassword } });
    },
  });
  return {
    resetPassword: (token: string, password: string) =>
      mutate({ variables: { input: { token, password } } }),
    loading,
  };
}
