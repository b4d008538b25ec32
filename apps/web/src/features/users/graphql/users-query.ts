import { graphql } from '../../../gql';

export const UserRowFragment = graphql(`
  fragment UserRow on User {
    id
    name
    email
    role
    locale
    primaryOrgUnitId
    managedOrgUnitIds
    deactivatedAt
  }
`);

export const UsersQuery = graphql(`
  query Users($first: Int!, $after: String, $search: String) {
    users(first: $first, after: $after, search: $search) {
      edges {
        cursor
        node {
          id
          ...UserRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
