import { useMutation } from '@apollo/client/react';
import { RequestPasswordResetMutation } from '../graphql/account-access-mutations';

/** Asks for a reset link; the answer is the same whether or not the account exists. */
export function useRequestPasswordReset() {
  const [mutate, { loading }] = useMutation(RequestPasswordResetMutation);
  return {
    requestPasswordReset: (email: string) =>
      mutate({ variables: { input: { email: email.trim() } } }),
    loading,
  };
}
