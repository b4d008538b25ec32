import { graphql } from '../../../gql';

export const CurrentUserFragment = graphql(`
  fragment CurrentUser on User {
    id
    name
    email
    role
    locale
    primaryOrgUnitId
  }
`);

// Read by the shell (header, route guards) and the profile page; sign-in and sign-out write it.
export const MeQuery = graphql(`
  query Me {
    me {
      ...CurrentUser
    }
  }
`);
