import { useMutation } from '@apollo/client/react';
import type { ImportKind } from '../../../gql/graphql';
import { StartUserImportMutation } from '../graphql/user-import';

/** Starts a dry run or the real import; the answer is normalised, so polling picks it up. */
export function useStartUserImport() {
  const [mutate, { loading }] = useMutation(StartUserImportMutation);
  return {
    startUserImport: (kind: ImportKind, csvBase64: string, dryRun: boolean) =>
      mutate({ variables: { input: { kind, csvBase64, dryRun } } }),
    loading,
  };
}
