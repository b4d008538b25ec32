/** Web paths of the pulse pages (routes in app/App.tsx). */
export const PULSE_PATHS = {
  surveys: '/puls/beheer',
  newSurvey: '/puls/beheer/nieuw',
  survey: (surveyId: string) => `/puls/beheer/${surveyId}`,
  results: (roundId: string) => `/puls/resultaten/${roundId}`,
  /** The answer page; for owners a preview of the questions. */
  round: (roundId: string) => `/puls/${roundId}`,
} as const;

/** The survey list narrowed to one trajectory (the trajectory workspace links here). */
export function trajectorySurveysPath(trajectoryId: string): string {
  return `${PULSE_PATHS.surveys}?traject=${encodeURIComponent(trajectoryId)}`;
}
