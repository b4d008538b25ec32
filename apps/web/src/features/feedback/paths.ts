/** Dutch paths of the feedback loop's pages. */
export const FEEDBACK_PATHS = {
  inbox: '/terugkoppeling',
  templates: '/terugkoppeling/sjablonen',
  board: '/jij-zei-wij-deden',
} as const;

export function trajectoryBoardPath(trajectoryId: string): string {
  return `/trajecten/${trajectoryId}/jij-zei-wij-deden`;
}

/** The inbox narrowed to one trajectory (how the trajectory team reaches it). */
export function trajectoryInboxPath(trajectoryId: string): string {
  return `${FEEDBACK_PATHS.inbox}?traject=${encodeURIComponent(trajectoryId)}`;
}
