import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { ArchiveOrgUnitMutation } from '../graphql/org-unit-mutations';
import { subtreeIds } from '../org-unit-tree';

/**
 * The API archives the whole subtree but answers only for the unit itself: remove the unit and
 * everything below it from the cached list of active units.
 */
export function useArchiveOrgUnit() {
  const [mutate, { loading }] = useMutation(ArchiveOrgUnitMutation, {
    update(cache, { data }) {
      if (!data) return;
      const archivedId = data.archiveOrgUnit.id;
      cache.modify({
        fields: {
          orgUnits(existing: readonly Reference[] = [], { readField }) {
            const units = existing.map((ref) => ({
              ref,
              id: readField<string>('id', ref) ?? '',
              name: '',
              parentId: readField<string | null>('parentId', ref) ?? null,
            }));
            const gone = subtreeIds(units, archivedId);
            return units.filter((unit) => !gone.has(unit.id)).map((unit) => unit.ref);
          },
        },
      });
    },
  });
  return {
    archiveOrgUnit: (id: string) => mutate({ variables: { id } }),
    loading,
  };
}
