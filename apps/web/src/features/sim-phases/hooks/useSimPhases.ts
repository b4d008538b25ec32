import { useQuery } from '@apollo/client/react';
import { SimPhasesQuery } from '../graphql/sim-phases-query';

export function useSimPhases() {
  const { data, loading, error, refetch } = useQuery(SimPhasesQuery);
  // The API sends them in order; sorting keeps the page right if that ever changes.
  const phases = data ? [...data.simPhases].sort((a, b) => a.number - b.number) : [];
  return { phases, loading: loading && !data, error, refetch };
}
