import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { downloadJson } from '../../../lib/download';
import { MyPersonalDataQuery, PersonalDataQuery } from '../graphql/personal-data-queries';

/** Whose data: one's own (`self`, the profile page) or a person's by id (administrators). */
export type PersonalDataSubject = 'self' | { userId: string };

const keyOf = (subject: PersonalDataSubject) => (subject === 'self' ? 'self' : subject.userId);

/**
 * Fetches a personal data export (C11) and offers it as a JSON file under the API's file name.
 * Never cached: each export is audited and should show the data as it is now. `busy` is the
 * subject being fetched (`self` or the user id), so a list can show which row is busy.
 */
export function useDownloadPersonalData() {
  const client = useApolloClient();
  const [busy, setBusy] = useState<string | null>(null);

  /** Resolves with the file name; throws the API error on failure. */
  const download = async (subject: PersonalDataSubject): Promise<string> => {
    setBusy(keyOf(subject));
    try {
      const file =
        subject === 'self'
          ? (await client.query({ query: MyPersonalDataQuery, fetchPolicy: 'no-cache' })).data
              ?.myPersonalData
          : (
              await client.query({
                query: PersonalDataQuery,
                variables: { id: subject.userId },
                fetchPolicy: 'no-cache',
              })
            ).data?.personalData;
      if (!file) throw new Error('No export in the answer');
      downloadJson(file.json, file.fileName);
      return file.fileName;
    } finally {
      setBusy(null);
    }
  };

  return { download, busy };
}
