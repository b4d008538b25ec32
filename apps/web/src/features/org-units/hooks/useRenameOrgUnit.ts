import { useMutation } from '@apollo/client/react';
import { RenameOrgUnitMutation } from '../graphql/org-unit-mutations';

/** The answer's new name lands on the cached unit; nothing else changes. */
export function useRenameOrgUnit() {
  const [mutate, { loading }] = useMutation(RenameOrgUnitMutation);
  return {
    renameOrgUnit: (id: string, name: string) => mutate({ variables: { input: { id, name } } }),
    loading,
  };
}
