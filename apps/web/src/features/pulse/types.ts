import type {
  PulseQuestionFieldsFragment,
  PulseResultsQuery,
  PulseRoundSummaryFragment,
  PulseSurveyFieldsFragment,
} from '../../gql/graphql';

export type PulseQuestion = PulseQuestionFieldsFragment;
export type PulseRoundSummary = PulseRoundSummaryFragment;
export type PulseSurveyFields = PulseSurveyFieldsFragment;
export type PulseResults = PulseResultsQuery['pulseResults'];
export type PulseResultNode = PulseResults['nodes'][number];
export type PulseDimension = PulseResults['dimensions'][number];
