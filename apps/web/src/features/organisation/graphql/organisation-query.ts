import { graphql } from '../../../gql';

// Used by the header and the home page; the cache serves the second reader.
export const OrganisationQuery = graphql(`
  query Organisation {
    organisation {
      id
      name
      logoUrl
    }
  }
`);
