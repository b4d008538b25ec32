import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { getFragmentData } from '../../../gql';
import { BulkFeedbackJobFieldsFragment, BulkFeedbackJobQuery } from '../graphql/feedback';

/** How often a running bulk answer is asked for its progress. */
export const BULK_POLL_MS = 1000;

export function bulkJobFinished(state: string | undefined | null): boolean {
  return state === 'DONE' || state === 'FAILED';
}

/** A bulk answer's progress, asked every second until it is done or has failed. */
export function useBulkFeedbackJob(id: string | null) {
  const finished = useRef(false);
  const { data, error } = useQuery(BulkFeedbackJobQuery, {
    variables: { id: id ?? '' },
    skip: !id,
    pollInterval: BULK_POLL_MS,
    skipPollAttempt: () => finished.current,
  });
  const job = data?.bulkFeedbackJob
    ? getFragmentData(BulkFeedbackJobFieldsFragment, data.bulkFeedbackJob)
    : null;
  useEffect(() => {
    finished.current = bulkJobFinished(job?.state);
  });
  return { job, error };
}
