import { useMutation } from '@apollo/client/react';
import { MeQuery } from '../../auth/graphql/me-query';
import { AcceptInvitationMutation } from '../graphql/account-access-mutations';

/** Sets the first password through an invitation link; the API signs in, so the user becomes `me`. */
export function useAcceptInvitation() {
  const [mutate, { loading }] = useMutation(AcceptInvitationMutation, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: MeQuery, data: { me: data.acceptInvitation } });
    },
  });
  return {
    acceptInvitation: (token: string, password: string) =>
      mutate({ variables: { input: { token, password } } }),
    loading,
  };
}
