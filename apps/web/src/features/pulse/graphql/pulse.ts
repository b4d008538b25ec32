import { graphql } from '../../../gql';

/** A question with both wordings (management pages show the reader's language). */
export const PulseQuestionFieldsFragment = graphql(`
  fragment PulseQuestionFields on PulseQuestion {
    key
    type
    dimension
    enps
    required
    text {
      nl
      en
    }
    lowLabel {
      nl
      en
    }
    highLabel {
      nl
      en
    }
    options {
      key
      favourable
      label {
        nl
        en
      }
    }
  }
`);

/** A round as the management pages list it. */
export const PulseRoundSummaryFragment = graphql(`
  fragment PulseRoundSummary on PulseRound {
    id
    number
    state
    opensAt
    closesAt
    closedAt
    phase
    audienceSize
    responseCount
    resultsAvailable
  }
`);

/** A survey with its settings and rounds. */
export const PulseSurveyFieldsFragment = graphql(`
  fragment PulseSurveyFields on PulseSurvey {
    id
    title
    description
    trajectoryId
    phase
    archived
    createdAt
    orgUnitIds
    k
    kComments
    effectiveK
    effectiveKComments
    recurrenceWeeks
    roundDays
    nextRoundAt
    reminders
    templates {
      key
      version
    }
    dimensions {
      key
      name {
        nl
        en
      }
    }
    questions {
      ...PulseQuestionFields
    }
    rounds {
      ...PulseRoundSummary
    }
    viewer {
      canManage
    }
  }
`);

export const PulseSurveysQuery = graphql(`
  query PulseSurveys($trajectoryId: ID) {
    pulseSurveys(first: 100, trajectoryId: $trajectoryId) {
      id
      title
      trajectoryId
      phase
      archived
      recurrenceWeeks
      nextRoundAt
      rounds {
        ...PulseRoundSummary
      }
      viewer {
        canManage
      }
    }
  }
`);

export const PulseSurveyQuery = graphql(`
  query PulseSurvey($id: ID!) {
    pulseSurvey(id: $id) {
      ...PulseSurveyFields
    }
  }
`);

export const PulseTemplatesQuery = graphql(`
  query PulseTemplates {
    pulseTemplates {
      key
      version
      name {
        nl
        en
      }
      description {
        nl
        en
      }
      questions {
        ...PulseQuestionFields
      }
    }
  }
`);

/** Trajectories to attach a survey to, with whether the caller may edit them. */
export const PulseTrajectoriesQuery = graphql(`
  query PulseTrajectories {
    trajectories(first: 100) {
      edges {
        node {
          id
          title
          phase
          viewer {
            canEdit
          }
        }
      }
    }
  }
`);

export const CreatePulseSurveyMutation = graphql(`
  mutation CreatePulseSurvey($input: CreatePulseSurveyInput!) {
    createPulseSurvey(input: $input) {
      ...PulseSurveyFields
    }
  }
`);

export const UpdatePulseSurveyMutation = graphql(`
  mutation UpdatePulseSurvey($input: UpdatePulseSurveyInput!) {
    updatePulseSurvey(input: $input) {
      ...PulseSurveyFields
    }
  }
`);

export const SchedulePulseRoundMutation = graphql(`
  mutation SchedulePulseRound($input: SchedulePulseRoundInput!) {
    schedulePulseRound(input: $input) {
      ...PulseSurveyFields
    }
  }
`);

export const ClosePulseRoundMutation = graphql(`
  mutation ClosePulseRound($id: ID!) {
    closePulseRound(id: $id) {
      ...PulseSurveyFields
    }
  }
`);

export const PulseResultsQuery = graphql(`
  query PulseResults($roundId: ID!, $orgUnitId: ID) {
    pulseResults(roundId: $roundId, orgUnitId: $orgUnitId) {
      roundId
      surveyId
      released
      k
      kComments
      dimensions {
        key
        name {
          nl
          en
        }
      }
      questions {
        ...PulseQuestionFields
      }
      nodes {
        orgUnitId
        parentOrgUnitId
        name
        depth
        audience
        hidden
        hiddenReason
        responses
        responseRate
        commentsVisible
        comments {
          questionKey
          text
        }
        dimensions {
          key
          score
          favourableShare
        }
        questions {
          key
          answers
          mean
          favourableShare
          enps
          distribution {
            value
            choice
            count
          }
        }
      }
      actions {
        ...PulseActionFields
      }
    }
  }
`);

export const PulseResultsCsvQuery = graphql(`
  query PulseResultsCsv($roundId: ID!, $orgUnitId: ID) {
    pulseResultsCsv(roundId: $roundId, orgUnitId: $orgUnitId)
  }
`);

export const PulseTrendQuery = graphql(`
  query PulseTrend($surveyId: ID!, $orgUnitId: ID) {
    pulseTrend(surveyId: $surveyId, orgUnitId: $orgUnitId) {
      surveyId
      orgUnitId
      points {
        roundId
        number
        closesAt
        phase
        shown
        responses
        enps
        dimensions {
          key
          score
          favourableShare
        }
      }
      phases {
        phase
        rounds
        responses
        enps
        dimensions {
          key
          score
          favourableShare
        }
      }
    }
  }
`);
