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
    erasedAt
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

/** People who could take over an erased person's trajectories (the dialog filters them). */
export const OwnerCandidatesQuery = graphql(`
  query OwnerCandidates($search: String!) {
    users(first: 20, search: $search, activeOnly: true) {
      edges {
        node {
          id
          name
          email
          deactivatedAt
          erasedAt
        }
      }
    }
  }
`);
