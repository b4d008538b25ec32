import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { CreateOrgUnitMutation } from '../graphql/org-unit-mutations';

/** Appends the new unit to the cached list; the tree is built from `parentId`. */
export function useCreateOrgUnit() {
  const [mutate, { loading }] = useMutation(CreateOrgUnitMutation, {
    update(cache, { data }) {
      if (!data) return;
      const id = cache.identify(data.createOrgUnit);
      if (!id) return;
      cache.modify({
        fields: {
          orgUnits(existing: readonly Reference[] = [], { toReference }) {
            const added = toReference(id);
            if (!added || existing.some((item) => item.__ref === added.__ref)) return existing;
            return [...existing, added];
          },
        },
      });
    },
  });
  return {
    createOrgUnit: (name: string, parentId: string | null) =>
      mutate({ variables: { input: { name, parentId } } }),
    loading,
  };
}
