import { useQuery } from '@apollo/client/react';
import { OrganisationQuery } from '../graphql/organisation-query';

export function useOrganisation() {
  const { data, loading, error } = useQuery(OrganisationQuery);
  return { organisation: data?.organisation ?? null, loading, error };
}
