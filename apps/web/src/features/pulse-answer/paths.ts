/** The respondent's list of rounds. */
export const MY_PULSE_PATH = '/puls';
/** The management pages (another feature: features/pulse). */
export const PULSE_MANAGE_PATH = '/puls/beheer';

export const pulseRoundPath = (roundId: string) => `/puls/${encodeURIComponent(roundId)}`;
export const pulseResultsPath = (roundId: string) =>
  `/puls/resultaten/${encodeURIComponent(roundId)}`;
export const pulseSurveyPath = (surveyId: string) => `/puls/beheer/${encodeURIComponent(surveyId)}`;
