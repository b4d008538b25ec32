import { useQuery } from '@apollo/client/react';
import { RuntimeModeQuery } from '../graphql/runtime-mode-query';

export function useSignInContext() {
  const { data } = useQuery(RuntimeModeQuery);
  return {
    runtimeMode: data?.platformStatus.runtimeMode ?? null,
    singleSignOn: data?.signInOptions.singleSignOn ?? null,
  };
}
