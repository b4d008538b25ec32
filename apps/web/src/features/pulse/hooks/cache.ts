import type { ApolloCache } from '@apollo/client';

/**
 * After a survey or round changes: forget the survey lists and trends, so the next visit asks
 * again (the changed survey itself comes back in the mutation's answer).
 */
export function forgetPulseLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'pulseSurveys' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'pulseTrend' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'pulseResults' });
  cache.gc();
}
