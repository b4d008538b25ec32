import { graphql } from '../../../gql';

export const CreateTrajectoryMutation = graphql(`
  mutation CreateTrajectory($input: CreateTrajectoryInput!) {
    createTrajectory(input: $input) {
      id
      title
    }
  }
`);

export const ChangePhaseMutation = graphql(`
  mutation ChangePhase($input: ChangePhaseInput!) {
    changePhase(input: $input) {
      id
      phase
      phaseNumber
      updatedAt
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
      successCriteria {
        id
        lockedAt
      }
    }
  }
`);

export const SetMandateMutation = graphql(`
  mutation SetMandate($input: SetMandateInput!) {
    setMandate(input: $input) {
      budget
      deadline
      decisionSpace
      constraints
      recordedAt
      updatedAt
    }
  }
`);

export const CreateDecisionRuleMutation = graphql(`
  mutation CreateDecisionRule($input: CreateDecisionRuleInput!) {
    createDecisionRule(input: $input) {
      id
      topic
      phase
      decidedBy
      participationLevel
      employeeInvolvement
      agreedAt
    }
  }
`);

export const RecordDecisionMutation = graphql(`
  mutation RecordDecision($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      id
      ruleId
      outcome
      rationale
      decidedOn
      inputResponse
      informingInputIds
      recordedAt
    }
  }
`);

export const CreateStakeholderMutation = graphql(`
  mutation CreateStakeholder($input: CreateStakeholderInput!) {
    createStakeholder(input: $input) {
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
  }
`);

export const CreateSuccessCriterionMutation = graphql(`
  mutation CreateSuccessCriterion($input: CreateSuccessCriterionInput!) {
    createSuccessCriterion(input: $input) {
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
  }
`);

export const CreateSolutionOptionMutation = graphql(`
  mutation CreateSolutionOption($input: CreateSolutionOptionInput!) {
    createSolutionOption(input: $input) {
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
  }
`);

export const SetOptionEffectMutation = graphql(`
  mutation SetOptionEffect($input: SetOptionEffectInput!) {
    setOptionEffect(input: $input) {
      id
      effects {
        aspect
        rating
        explanation
      }
    }
  }
`);

export const AddBusinessCaseItemMutation = graphql(`
  mutation AddBusinessCaseItem($input: AddBusinessCaseItemInput!) {
    addBusinessCaseItem(input: $input) {
      id
      kind
      description
      amount
      rating
    }
  }
`);
