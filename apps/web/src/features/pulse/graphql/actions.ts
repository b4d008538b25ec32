import { graphql } from '../../../gql';

/**
 * An action on a round's outcome ("you said, we did"): what it is about, its feedback (status,
 * current public response, history) and what the caller may do with it.
 */
export const PulseActionFieldsFragment = graphql(`
  fragment PulseActionFields on PulseAction {
    id
    roundId
    trajectoryId
    title
    description
    dimension
    questionKey
    path
    createdAt
    updatedAt
    followerCount
    createdBy {
      id
      name
      anonymous
    }
    viewer {
      canManage
      following
    }
    feedback {
      ...FeedbackFields
      history {
        ...FeedbackEntryFields
      }
    }
  }
`);

export const CreatePulseActionMutation = graphql(`
  mutation CreatePulseAction($input: CreatePulseActionInput!) {
    createPulseAction(input: $input) {
      ...PulseActionFields
    }
  }
`);

export const UpdatePulseActionMutation = graphql(`
  mutation UpdatePulseAction($input: UpdatePulseActionInput!) {
    updatePulseAction(input: $input) {
      ...PulseActionFields
    }
  }
`);

export const FollowPulseActionMutation = graphql(`
  mutation FollowPulseAction($id: ID!, $follow: Boolean!) {
    followPulseAction(id: $id, follow: $follow) {
      id
      followerCount
      viewer {
        canManage
        following
      }
    }
  }
`);
