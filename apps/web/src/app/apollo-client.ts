import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: 'same-origin' }),
    cache: new InMemoryCache({
      typePolicies: {
        // Types without an id: tell the cache how to identify them.
        SimPhaseInfo: { keyFields: ['phase'] },
        PlatformStatus: { keyFields: [] },
      },
    }),
  });
}
