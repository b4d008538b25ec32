import { useApolloClient, useMutation } from '@apollo/client/react';
import { SignOutMutation } from '../graphql/sign-out-mutation';

/**
 * Ends the session, then forgets everything the previous user could see and loads the public
 * data again (`me` comes back empty). `leave` runs in between: move to the sign-in page there,
 * so the page the user was on does not first bounce them to sign-in with a return address.
 */
export function useSignOut() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(SignOutMutation);
  return {
    signOut: async (leave: () => void | Promise<void>) => {
      await mutate();
      await leave();
      // A page that was still mounted may refetch and be refused; the session is over anyway.
      await client.resetStore().catch(() => undefined);
    },
    loading,
  };
}
