import { graphql } from '../../../gql';

/** The most used tags of a challenge's visible ideas, for the tag filter. */
export const ChallengeTagsQuery = graphql(`
  query ChallengeTags($id: ID!) {
    challenge(id: $id) {
      id
      tags {
        tag
        count
      }
    }
  }
`);
