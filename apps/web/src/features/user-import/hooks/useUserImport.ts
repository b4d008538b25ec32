import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { getFragmentData } from '../../../gql';
import type { ImportStatus } from '../../../gql/graphql';
import { UserImportFields, UserImportQuery } from '../graphql/user-import';

export const IMPORT_POLL_MS = 500;

const FINISHED: ReadonlySet<ImportStatus> = new Set([
  'VALIDATED',
  'INVALID',
  'COMPLETED',
  'FAILED',
] as ImportStatus[]);

export function isImportFinished(status: ImportStatus): boolean {
  return FINISHED.has(status);
}

/** Follows an import until it has finished (polling stops then). */
export function useUserImport(id: string | null) {
  const { data, error, startPolling, stopPolling } = useQuery(UserImportQuery, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'network-only',
  });
  const current = getFragmentData(UserImportFields, data?.userImport) ?? null;
  const finished = current ? isImportFinished(current.status) : false;
  useEffect(() => {
    if (!id || finished) return undefined;
    startPolling(IMPORT_POLL_MS);
    return () => stopPolling();
  }, [id, finished, startPolling, stopPolling]);
  return { userImport: current, finished, error };
}
