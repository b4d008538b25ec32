import type { ApolloCache } from '@apollo/client';

/**
 * After an idea was added or withdrawn: every loaded idea list (any order or filter) and the
 * challenge's idea count are out of date; drop them so they load again when shown.
 */
export function forgetIdeaLists(cache: ApolloCache, challengeId: string): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'ideas' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'openChallenges' });
  const challenge = cache.identify({ __typename: 'Challenge', id: challengeId });
  if (challenge) cache.evict({ id: challenge, fieldName: 'ideaCount' });
  cache.gc();
}
