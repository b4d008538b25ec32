import { graphql } from '../../../gql';

export const AuditEventsQuery = graphql(`
  query AuditEvents($first: Int!, $after: String, $action: String) {
    auditEvents(first: $first, after: $after, action: $action) {
      edges {
        cursor
        node {
          id
          action
          result
          actorId
          objectType
          objectId
          originIp
          details
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
