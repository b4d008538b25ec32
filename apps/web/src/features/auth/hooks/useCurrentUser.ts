import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { getFragmentData } from '../../../gql';
import { CurrentUserFragment, MeQuery } from '../graphql/me-query';
import { permissionsOf, type Permission } from '../permissions';

export function useCurrentUser() {
  const { data, loading, error, refetch } = useQuery(MeQuery);
  const user = getFragmentData(CurrentUserFragment, data?.me) ?? null;
  const permissions = useMemo(() => permissionsOf(user?.role), [user?.role]);
  return {
    user,
    loading: loading && !data,
    error: data ? undefined : error,
    refetch,
    can: (permission: Permission) => permissions.has(permission),
    canAny: (required: readonly Permission[]) => required.some((p) => permissions.has(p)),
  };
}
