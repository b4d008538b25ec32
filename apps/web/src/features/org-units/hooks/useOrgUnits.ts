import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { getFragmentData } from '../../../gql';
import { OrgUnitFieldsFragment, OrgUnitsQuery } from '../graphql/org-units-query';

export function useOrgUnits() {
  const { data, loading, error, refetch } = useQuery(OrgUnitsQuery);
  const units = useMemo(() => getFragmentData(OrgUnitFieldsFragment, data?.orgUnits ?? []), [data]);
  const byId = useMemo(() => new Map(units.map((unit) => [unit.id, unit])), [units]);
  return { units, byId, loading: loading && !data, error: data ? undefined : error, refetch };
}
