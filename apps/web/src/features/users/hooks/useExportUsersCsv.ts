import { useMutation } from '@apollo/client/react';
import { ExportUsersCsvMutation } from '../graphql/user-mutations';

/** The export changes nothing cached (it is a mutation because it is audited). */
export function useExportUsersCsv() {
  const [mutate, { loading }] = useMutation(ExportUsersCsvMutation);
  return {
    exportUsersCsv: async () => (await mutate()).data?.exportUsersCsv ?? '',
    loading,
  };
}
