/** Where the management, jury and moderation pages live (routes in app/App.tsx). */
export const challengeAdminPaths = {
  list: (trajectoryId: string) => `/trajecten/${trajectoryId}/uitdagingen`,
  create: (trajectoryId: string) => `/trajecten/${trajectoryId}/uitdagingen/nieuw`,
  manage: (trajectoryId: string, challengeId: string) =>
    `/trajecten/${trajectoryId}/uitdagingen/${challengeId}/beheer`,
  jury: (trajectoryId: string, challengeId: string) =>
    `/trajecten/${trajectoryId}/uitdagingen/${challengeId}/jury`,
  moderation: '/moderatie',
};

/** The employee pages (challenge page and idea page) live in features/challenges. */
export { challengePath, ideaPath } from '../challenges/paths';
