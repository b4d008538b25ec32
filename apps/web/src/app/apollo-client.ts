import { ApolloClient, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import { MeQuery } from '../features/auth/graphql/me-query';

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // Types without an id: tell the cache how to identify them.
      SimPhaseInfo: { keyFields: ['phase'] },
      PlatformStatus: { keyFields: [] },
      // "What may I do" objects have no id: a mutation answering some of their fields (support,
      // follow) updates those fields instead of replacing the whole object.
      IdeaViewer: { merge: true },
      CommentViewer: { merge: true },
      ChallengeViewer: { merge: true },
      TrajectoryViewer: { merge: true },
      PulseSurveyViewer: { merge: true },
      PulseRoundViewer: { merge: true },
      PulseActionViewer: { merge: true },
      // An input's feedback has no id: an answer's new state merges into the one with history.
      Feedback: { merge: true },
      Query: {
        fields: {
          // "Load more" appends pages; each search or filter is its own list.
          users: relayStylePagination(['search']),
          auditEvents: relayStylePagination(['action']),
        },
      },
    },
  });
}

/**
 * When the session has ended (expired, signed out elsewhere, account deactivated), any
 * operation answers UNAUTHENTICATED: forget the user so the route guard sends them to sign-in.
 */
const sessionEndedLink = new ErrorLink(({ error, operation }) => {
  if (operation.operationName === 'SignIn' || !CombinedGraphQLErrors.is(error)) return;
  if (error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) {
    operation.client.cache.writeQuery({ query: MeQuery, data: { me: null } });
  }
});

export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: sessionEndedLink.concat(
      new HttpLink({
        uri,
        credentials: 'same-origin',
        // The API's CSRF defence (ADR 0004) executes only requests a plain form cannot send:
        // JSON bodies, and this header makes that hold for GET requests too.
        headers: { 'apollo-require-preflight': 'true' },
      }),
    ),
    cache: createCache(),
  });
}
