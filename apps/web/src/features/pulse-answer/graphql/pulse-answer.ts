import { graphql } from '../../../gql';

/** A round as the answer form shows it: questions, the privacy promise and the caller's status. */
export const PulseAnswerRoundQuery = graphql(`
  query PulseAnswerRound($id: ID!) {
    pulseRound(id: $id) {
      id
      surveyId
      surveyTitle
      surveyDescription
      number
      state
      opensAt
      closesAt
      closedAt
      resultsAvailable
      promise {
        k
        kComments
        privacyPath
        text {
          nl
          en
        }
      }
      dimensions {
        key
        name {
          nl
          en
        }
      }
      questions {
        key
        type
        dimension
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
          label {
            nl
            en
          }
        }
      }
      viewer {
        asked
        answered
        canAnswer
      }
    }
  }
`);

/** Stores the answers anonymously; a retry with the same key is recognised. */
export const SubmitPulseResponseMutation = graphql(`
  mutation SubmitPulseResponse($input: SubmitPulseResponseInput!) {
    submitPulseResponse(input: $input) {
      roundId
      answered
      round {
        id
        state
        closesAt
        resultsAvailable
        viewer {
          asked
          answered
          canAnswer
        }
      }
    }
  }
`);

/** The rounds that asked the caller: open first, then the latest closed. */
export const MyPulseRoundsQuery = graphql(`
  query MyPulseRounds {
    myPulseRounds(first: 20) {
      id
      surveyId
      surveyTitle
      number
      state
      opensAt
      closesAt
      closedAt
      resultsAvailable
      viewer {
        asked
        answered
        canAnswer
      }
    }
  }
`);

/** Whether the caller manages any pulse survey (the link to the management pages). */
export const PulseAnswerManageableQuery = graphql(`
  query PulseAnswerManageable {
    pulseSurveys(first: 100) {
      id
      viewer {
        canManage
      }
    }
  }
`);
