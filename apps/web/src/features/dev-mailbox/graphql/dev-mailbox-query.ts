import { graphql } from '../../../gql';

// The HTML version is not asked for: this page shows the text version only.
export const DevMailboxQuery = graphql(`
  query DevMailbox($first: Int!, $after: String) {
    devMailbox(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          to
          subject
          text
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
