import { graphql } from '../../../gql';

export const ChallengeEvaluationQuery = graphql(`
  query ChallengeEvaluation($challengeId: ID!) {
    challengeEvaluation(challengeId: $challengeId) {
      challengeId
      canScore
      canDecide
      criteria {
        id
        nameNl
        nameEn
        weight
        position
      }
      progress {
        jurorId
        name
        scored
        toScore
      }
      ranking {
        ideaId
        title
        rank
        score
        jurorCount
        shortlisted
        winner
        invitedRole
        scoredByMe
        criterionAverages {
          criterionId
          average
        }
      }
    }
  }
`);

/** The challenge around the jury screen (title, state, trajectory). */
export const JuryChallengeQuery = graphql(`
  query JuryChallenge($id: ID!) {
    challenge(id: $id) {
      id
      title
      state
      trajectoryId
      trajectoryTitle
      viewer {
        canEdit
      }
    }
  }
`);

/** A juror reads the idea before scoring it. */
export const JuryIdeaQuery = graphql(`
  query JuryIdea($id: ID!) {
    idea(id: $id) {
      id
      title
      description
      tags
      anonymous
      author {
        name
        anonymous
      }
      supportCount
      commentCount
    }
  }
`);

export const IdeaEvaluationsQuery = graphql(`
  query IdeaEvaluations($ideaId: ID!) {
    ideaEvaluations(ideaId: $ideaId) {
      id
      ideaId
      jurorId
      jurorName
      comment
      updatedAt
      scores {
        criterionId
        score
      }
    }
  }
`);

export const ScoreIdeaMutation = graphql(`
  mutation ScoreIdea($input: ScoreIdeaInput!) {
    scoreIdea(input: $input) {
      id
      ideaId
      jurorId
      jurorName
      comment
      updatedAt
      scores {
        criterionId
        score
      }
    }
  }
`);

export const SetIdeaShortlistedMutation = graphql(`
  mutation SetIdeaShortlisted($input: SetIdeaShortlistedInput!) {
    setIdeaShortlisted(input: $input) {
      ideaId
      shortlisted
      winner
    }
  }
`);

export const SetIdeaWinnerMutation = graphql(`
  mutation SetIdeaWinner($input: SetIdeaWinnerInput!) {
    setIdeaWinner(input: $input) {
      ideaId
      shortlisted
      winner
    }
  }
`);

export const InviteWinnerMutation = graphql(`
  mutation InviteWinner($input: InviteWinnerInput!) {
    inviteWinner(input: $input) {
      ideaId
      invitedRole
      invitedAt
    }
  }
`);
