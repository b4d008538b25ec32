import { graphql } from '../../../gql';

export const ChallengeSummaryFieldsFragment = graphql(`
  fragment ChallengeSummaryFields on Challenge {
    id
    title
    state
    phase
    opensAt
    closesAt
    ideaCount
    trajectoryId
    trajectoryTitle
    prize
  }
`);

export const OpenChallengesQuery = graphql(`
  query OpenChallenges($first: Int!, $after: String) {
    openChallenges(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ChallengeSummaryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const TrajectoryOpenChallengesQuery = graphql(`
  query TrajectoryOpenChallenges($trajectoryId: ID!, $first: Int!, $after: String) {
    challenges(trajectoryId: $trajectoryId, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ChallengeSummaryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ChallengeQuery = graphql(`
  query Challenge($id: ID!) {
    challenge(id: $id) {
      ...ChallengeSummaryFields
      id
      title
      state
      problemStatement
      rules
      createdAt
      viewer {
        canSubmit
        canEdit
        canModerate
      }
    }
  }
`);

/** What a card or a row of the idea list shows. */
export const IdeaCardFieldsFragment = graphql(`
  fragment IdeaCardFields on Idea {
    id
    challengeId
    title
    description
    tags
    anonymous
    author {
      id
      name
      anonymous
    }
    supportCount
    commentCount
    createdAt
    hidden
    status
    feedback {
      status
      respondedAt
    }
    viewer {
      supported
      isAuthor
    }
  }
`);

export const IdeasQuery = graphql(`
  query Ideas(
    $challengeId: ID!
    $first: Int!
    $after: String
    $sort: IdeaSort!
    $state: IdeaListState!
    $tag: String
    $mine: Boolean!
  ) {
    ideas(
      challengeId: $challengeId
      first: $first
      after: $after
      sort: $sort
      state: $state
      tag: $tag
      mine: $mine
    ) {
      edges {
        cursor
        node {
          ...IdeaCardFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CommentFieldsFragment = graphql(`
  fragment CommentFields on Comment {
    id
    inputId
    parentId
    body
    anonymous
    author {
      id
      name
      anonymous
    }
    createdAt
    editedAt
    deleted
    hidden
    hiddenReason
    viewer {
      canEdit
      canDelete
      isAuthor
    }
  }
`);

export const IdeaQuery = graphql(`
  query Idea($id: ID!) {
    idea(id: $id) {
      ...IdeaCardFields
      phase
      trajectoryId
      editedAt
      withdrawnAt
      hiddenReason
      followerCount
      attachments {
        id
        url
        contentType
        width
        height
        bytes
        description
      }
      challenge {
        id
        title
        state
        viewer {
          canSubmit
        }
      }
      viewer {
        supported
        following
        isAuthor
        canEdit
        canWithdraw
      }
    }
  }
`);

export const IdeaCommentsQuery = graphql(`
  query IdeaComments($id: ID!, $first: Int!, $after: String) {
    idea(id: $id) {
      id
      commentCount
      comments(first: $first, after: $after) {
        edges {
          cursor
          node {
            ...CommentFields
            replies {
              ...CommentFields
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const SimilarIdeasQuery = graphql(`
  query SimilarIdeas($challengeId: ID!, $text: String!) {
    similarIdeas(challengeId: $challengeId, text: $text) {
      id
      title
      score
    }
  }
`);
