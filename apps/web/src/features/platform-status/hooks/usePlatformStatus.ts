import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { PlatformStatusQuery } from '../graphql/platform-status-query';

export function usePlatformStatus() {
  const { data, loading, error, refetch } = useQuery(PlatformStatusQuery, {
    // Status must be current each time the page is opened.
    fetchPolicy: 'cache-and-network',
  });
  // Note when a new answer arrived, adjusting state during render (no effect needed).
  const [seen, setSeen] = useState<{ data: typeof data; at: Date | null }>({ data, at: null });
  if (seen.data !== data) setSeen({ data, at: data ? new Date() : null });
  return {
    status: data?.platformStatus ?? null,
    loading,
    error,
    fetchedAt: seen.data === data ? seen.at : null,
    refresh: () => refetch(),
  };
}
