import { useMutation } from '@apollo/client/react';
import { MoveOrgUnitMutation } from '../graphql/org-unit-mutations';

/** The answer's new `parentId` re-hangs the unit, with its subtree, in the cached tree. */
export function useMoveOrgUnit() {
  const [mutate, { loading }] = useMutation(MoveOrgUnitMutation);
  return {
    moveOrgUnit: (id: string, parentId: string | null) =>
      mutate({ variables: { input: { id, parentId } } }),
    loading,
  };
}
