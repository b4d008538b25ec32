import { graphql } from '../../../gql';

/** What the management pages read of a challenge: the same selection after every change. */
export const ChallengeAdminFieldsFragment = graphql(`
  fragment ChallengeAdminFields on Challenge {
    id
    title
    problemStatement
    rules
    prize
    phase
    state
    opensAt
    closesAt
    orgUnitIds
    ideaCount
    trajectoryId
    trajectoryTitle
    updatedAt
    criteria {
      id
      nameNl
      nameEn
      weight
      position
    }
    viewer {
      canEdit
      canModerate
    }
  }
`);

/** The trajectory a challenge belongs to: title, phase and what the viewer may do. */
export const ChallengeTrajectoryQuery = graphql(`
  query ChallengeTrajectory($id: ID!) {
    trajectory(id: $id) {
      id
      title
      phase
      viewer {
        canEdit
        canSeeWorkspace
        roles
      }
    }
  }
`);

export const TrajectoryChallengesQuery = graphql(`
  query TrajectoryChallenges($trajectoryId: ID!, $first: Int!, $after: String) {
    challenges(trajectoryId: $trajectoryId, first: $first, after: $after) {
      edges {
        node {
          id
          title
          state
          phase
          opensAt
          closesAt
          ideaCount
          viewer {
            canEdit
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const ChallengeAdminQuery = graphql(`
  query ChallengeAdmin($id: ID!) {
    challenge(id: $id) {
      ...ChallengeAdminFields
    }
  }
`);

export const IdeasAwaitingResponseQuery = graphql(`
  query IdeasAwaitingResponse($challengeId: ID!, $first: Int!) {
    challenge(id: $challengeId) {
      id
      awaitingResponseCount
    }
    ideasAwaitingResponse(challengeId: $challengeId, first: $first) {
      id
      title
      description
      createdAt
      supportCount
      commentCount
      feedback {
        status
      }
    }
  }
`);

export const CreateChallengeMutation = graphql(`
  mutation CreateChallenge($input: CreateChallengeInput!) {
    createChallenge(input: $input) {
      ...ChallengeAdminFields
    }
  }
`);

export const UpdateChallengeMutation = graphql(`
  mutation UpdateChallenge($input: UpdateChallengeInput!) {
    updateChallenge(input: $input) {
      ...ChallengeAdminFields
    }
  }
`);

export const ChangeChallengeStateMutation = graphql(`
  mutation ChangeChallengeState($input: ChangeChallengeStateInput!) {
    changeChallengeState(input: $input) {
      ...ChallengeAdminFields
    }
  }
`);
