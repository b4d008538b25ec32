import { useMutation } from '@apollo/client/react';
import type { UpdateMyProfileInput } from '../../../gql/graphql';
import { UpdateMyProfileMutation } from '../graphql/update-my-profile-mutation';

/**
 * The answer is the signed-in user with the same fields as `me`, so the normalised cache updates
 * the header and every list that shows them.
 */
export function useUpdateMyProfile() {
  const [mutate, { loading }] = useMutation(UpdateMyProfileMutation);
  return {
    updateMyProfile: (input: UpdateMyProfileInput) => mutate({ variables: { input } }),
    loading,
  };
}
