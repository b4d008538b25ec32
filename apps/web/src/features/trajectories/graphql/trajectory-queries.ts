import { graphql } from '../../../gql';

/** A success criterion with its results: the same selection for the page and the mutations. */
export const SuccessCriterionFieldsFragment = graphql(`
  fragment SuccessCriterionFields on SuccessCriterion {
    id
    metric
    target
    howMeasured
    dimension
    agreedOn
    agreedBy
    lockedAt
    results {
      id
      phase
      value
      verdict
      measuredOn
      note
    }
  }
`);

export const TrajectoriesQuery = graphql(`
  query Trajectories(
    $first: Int!
    $after: String
    $phase: SimPhase
    $orgUnitId: ID
    $mine: Boolean!
  ) {
    trajectories(first: $first, after: $after, phase: $phase, orgUnitId: $orgUnitId, mine: $mine) {
      edges {
        cursor
        node {
          id
          title
          phase
          phaseNumber
          visibility
          updatedAt
          owner {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const TrajectoryQuery = graphql(`
  query Trajectory($id: ID!) {
    trajectory(id: $id) {
      id
      title
      problemStatement
      goals
      phase
      phaseNumber
      visibility
      orgUnitIds
      ownerId
      responseTargetDays
      createdAt
      updatedAt
      owner {
        id
        name
      }
      viewer {
        canEdit
        canSeeWorkspace
        roles
        invitedStakeholderIds
        invitedStakeholders {
          id
          name
        }
        ratings {
          id
          optionId
          stakeholderId
          score
          comment
        }
      }
      phaseHistory {
        id
        at
        fromPhase
        toPhase
        steppedBack
        reason
        actor {
          id
          name
        }
      }
      mandate {
        budget
        deadline
        decisionSpace
        constraints
        recordedAt
        updatedAt
      }
      team {
        id
        role
        userId
        addedAt
        person {
          id
          name
        }
      }
      decisionRules {
        id
        topic
        phase
        decidedBy
        participationLevel
        employeeInvolvement
        agreedAt
      }
      decisions {
        id
        ruleId
        outcome
        rationale
        decidedOn
        inputResponse
        informingInputIds
        recordedAt
      }
      stakeholders {
        id
        name
        kind
        influence
        stance
        employerInterests
        employeeInterests
        involvement
        orgUnitId
      }
      successCriteria {
        id
        ...SuccessCriterionFields
      }
      solutionOptions {
        id
        trajectoryId
        title
        description
        effects {
          aspect
          rating
          explanation
        }
        businessCase {
          id
          kind
          description
          amount
          rating
        }
      }
      valuation {
        stakeholderId
        stakeholderName
        scores {
          optionId
          averageScore
          ratings
        }
      }
      valuationInvites {
        stakeholderId
        userId
        person {
          id
          name
        }
      }
      simHealth {
        checkId
        phase
        status
        guideline {
          nl
          en
        }
        evidence {
          nl
          en
        }
        link {
          section
          itemId
        }
      }
    }
  }
`);

/** Only the SIM health: fetched again after a change, since it is computed from everything. */
export const TrajectorySimHealthQuery = graphql(`
  query TrajectorySimHealth($id: ID!) {
    trajectory(id: $id) {
      id
      simHealth {
        checkId
        phase
        status
        guideline {
          nl
          en
        }
        evidence {
          nl
          en
        }
        link {
          section
          itemId
        }
      }
    }
  }
`);

/** People an editor may add (team, raters), by part of a name or e-mail address. */
export const TrajectoryCandidatesQuery = graphql(`
  query TrajectoryCandidates($trajectoryId: ID!, $search: String!) {
    trajectoryCandidates(trajectoryId: $trajectoryId, search: $search, first: 10) {
      id
      name
      email
    }
  }
`);

/** The guidelines of the SIM phases (nl/en), shown for the trajectory's current phase. */
export const SimPhaseGuidelinesQuery = graphql(`
  query SimPhaseGuidelines {
    simPhases {
      phase
      guidelines {
        nl
        en
      }
    }
  }
`);
