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
      ...SuccessCriterionFields
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

export const UpdateTrajectoryMutation = graphql(`
  mutation UpdateTrajectory($input: UpdateTrajectoryInput!) {
    updateTrajectory(input: $input) {
      id
      title
      problemStatement
      goals
      visibility
      orgUnitIds
      responseTargetDays
      updatedAt
      owner {
        id
        name
      }
    }
  }
`);

export const AddTeamMemberMutation = graphql(`
  mutation AddTeamMember($input: AddTeamMemberInput!) {
    addTeamMember(input: $input) {
      id
      role
      userId
    }
  }
`);

export const RemoveTeamMemberMutation = graphql(`
  mutation RemoveTeamMember($id: ID!) {
    removeTeamMember(id: $id)
  }
`);

export const UpdateDecisionRuleMutation = graphql(`
  mutation UpdateDecisionRule($input: UpdateDecisionRuleInput!) {
    updateDecisionRule(input: $input) {
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

export const DeleteDecisionRuleMutation = graphql(`
  mutation DeleteDecisionRule($id: ID!) {
    deleteDecisionRule(id: $id)
  }
`);

export const UpdateStakeholderMutation = graphql(`
  mutation UpdateStakeholder($input: UpdateStakeholderInput!) {
    updateStakeholder(input: $input) {
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

export const DeleteStakeholderMutation = graphql(`
  mutation DeleteStakeholder($id: ID!) {
    deleteStakeholder(id: $id)
  }
`);

export const UpdateSuccessCriterionMutation = graphql(`
  mutation UpdateSuccessCriterion($input: UpdateSuccessCriterionInput!) {
    updateSuccessCriterion(input: $input) {
      id
      ...SuccessCriterionFields
    }
  }
`);

export const DeleteSuccessCriterionMutation = graphql(`
  mutation DeleteSuccessCriterion($id: ID!) {
    deleteSuccessCriterion(id: $id)
  }
`);

export const RecordCriterionResultMutation = graphql(`
  mutation RecordCriterionResult($input: RecordCriterionResultInput!) {
    recordCriterionResult(input: $input) {
      id
      phase
      value
      verdict
      measuredOn
      note
    }
  }
`);

export const UpdateSolutionOptionMutation = graphql(`
  mutation UpdateSolutionOption($input: UpdateSolutionOptionInput!) {
    updateSolutionOption(input: $input) {
      id
      title
      description
    }
  }
`);

export const DeleteSolutionOptionMutation = graphql(`
  mutation DeleteSolutionOption($id: ID!) {
    deleteSolutionOption(id: $id)
  }
`);

export const UpdateBusinessCaseItemMutation = graphql(`
  mutation UpdateBusinessCaseItem($input: UpdateBusinessCaseItemInput!) {
    updateBusinessCaseItem(input: $input) {
      id
      kind
      description
      amount
      rating
    }
  }
`);

export const DeleteBusinessCaseItemMutation = graphql(`
  mutation DeleteBusinessCaseItem($id: ID!) {
    deleteBusinessCaseItem(id: $id)
  }
`);

export const InviteValuatorMutation = graphql(`
  mutation InviteValuator($input: ValuationInviteInput!) {
    inviteValuator(input: $input)
  }
`);

export const RemoveValuatorMutation = graphql(`
  mutation RemoveValuator($input: ValuationInviteInput!) {
    removeValuator(input: $input)
  }
`);

export const RateOptionMutation = graphql(`
  mutation RateOption($input: RateOptionInput!) {
    rateOption(input: $input) {
      id
      optionId
      stakeholderId
      score
      comment
    }
  }
`);

export const UpdateDecisionMutation = graphql(`
  mutation UpdateDecision($input: UpdateDecisionInput!) {
    updateDecision(input: $input) {
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

export const DeleteDecisionMutation = graphql(`
  mutation DeleteDecision($id: ID!) {
    deleteDecision(id: $id)
  }
`);
