import { Injectable } from '@nestjs/common';
import { FeedbackStatus, GlobalRole, InputKind, InputStatus, SimPhase } from '@inspraak/contracts';
import { ForbiddenError, NotFoundError } from '@inspraak/server-errors';
import { Viewer } from '@inspraak/server-trajectories';
import { InputSummaryObject } from '../graphql/objects';
import { FeedbackKindRegistry, FeedbackTargetAccess } from '../kinds/feedback-kind.registry';
import { FeedbackInputRow } from '../repositories/feedback-input.row';
import { FeedbackListRepository, ListScope } from '../repositories/feedback-list.repository';
import { FeedbackRepository } from '../repositories/feedback.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string) => UUID.test(id);

const NO_ACCESS: FeedbackTargetAccess = { visible: false, canRespond: false };

export const excerptOf = (body: string) => {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 199)}…` : flat;
};

/** An input as one viewer sees it. */
export function toSummary(row: FeedbackInputRow, access: FeedbackTargetAccess): InputSummaryObject {
  return {
    id: row.id,
    kind: row.kind as InputKind,
    title: row.title,
    excerpt: excerptOf(row.body),
    phase: row.phase as SimPhase,
    createdAt: row.createdAt,
    supportCount: row.supportCount,
    commentCount: row.commentCount,
    followerCount: row.followerCount,
    canRespond:
      access.canRespond &&
      row.status === (InputStatus.ACTIVE as string) &&
      row.feedbackStatus !== FeedbackStatus.MERGED,
    row,
  };
}

/**
 * Who may see and answer which inputs: per input through the kind's provider (ideas: the
 * challenge's audience and roles), per list as a scope of trajectories (the inbox: what the
 * viewer may answer; the board: what they may see; metrics: what they may count).
 */
@Injectable()
export class FeedbackTargets {
  constructor(
    private readonly repository: FeedbackRepository,
    private readonly lists: FeedbackListRepository,
    private readonly kinds: FeedbackKindRegistry,
  ) {}

  /** Access per input row, asking each kind's provider once (batched). */
  async accessOf(
    viewer: Viewer,
    rows: readonly FeedbackInputRow[],
  ): Promise<Map<string, FeedbackTargetAccess>> {
    const out = new Map<string, FeedbackTargetAccess>();
    const byKind = new Map<string, FeedbackInputRow[]>();
    for (const r of rows) byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), r]);
    for (const [kind, list] of byKind) {
      const access = await this.kinds.provider(kind).access(viewer, list);
      for (const r of list) out.set(r.id, access.get(r.id) ?? NO_ACCESS);
    }
    return out;
  }

  /** The input and the viewer's access; NOT_FOUND (like a random id) when it may not be seen. */
  async load(viewer: Viewer, id: string) {
    const row = isUuid(id) ? await this.repository.findInput(id) : null;
    if (!row) throw new NotFoundError('Input');
    const access = (await this.accessOf(viewer, [row])).get(row.id) ?? NO_ACCESS;
    if (!access.visible) throw new NotFoundError('Input');
    return { row, access };
  }

  /** Like `load`, and FORBIDDEN unless the viewer may answer it. */
  async loadToRespond(viewer: Viewer, id: string) {
    const found = await this.load(viewer, id);
    if (!found.access.canRespond) {
      throw new ForbiddenError('Only moderators and the trajectory team answer inputs');
    }
    return found;
  }

  /** Summaries of visible rows, in the order given (rows the viewer may not see are left out). */
  async summaries(viewer: Viewer, rows: FeedbackInputRow[]): Promise<InputSummaryObject[]> {
    const access = await this.accessOf(viewer, rows);
    return rows.flatMap((r) => {
      const a = access.get(r.id) ?? NO_ACCESS;
      return a.visible ? [toSummary(r, a)] : [];
    });
  }

  /**
   * What the viewer may answer: admins everything; moderators every trajectory they can see;
   * trajectory owners and project leads their trajectories. Others: FORBIDDEN.
   */
  async respondScope(viewer: Viewer): Promise<ListScope> {
    const { userId, role } = viewer.principal;
    if (role === GlobalRole.ADMIN) return { all: true, userId, trajectoryIds: [], teamIds: [] };
    const team = await this.lists.teamTrajectories(userId);
    if (role === GlobalRole.MODERATOR) {
      const visible = await this.lists.visibleTrajectories(userId);
      return {
        all: false,
        userId,
        trajectoryIds: visible.ids,
        everyTrajectory: visible.every,
        teamIds: team.map((t) => t.id),
      };
    }
    const editing = team.filter((t) => t.editor).map((t) => t.id);
    if (!editing.length) {
      throw new ForbiddenError('Only moderators and trajectory owners or project leads');
    }
    return { all: false, userId, trajectoryIds: editing, teamIds: editing };
  }

  /** What the viewer may see (the board): every visible trajectory, the audience outside teams. */
  async readScope(viewer: Viewer): Promise<ListScope> {
    const { userId, role } = viewer.principal;
    if (role === GlobalRole.ADMIN) return { all: true, userId, trajectoryIds: [], teamIds: [] };
    const [visible, team] = await Promise.all([
      this.lists.visibleTrajectories(userId),
      this.lists.teamTrajectories(userId),
    ]);
    return {
      all: false,
      userId,
      trajectoryIds: visible.ids,
      everyTrajectory: visible.every,
      teamIds: team.map((t) => t.id),
    };
  }

  /**
   * What the viewer may count (metrics): managers, moderators and admins every trajectory they
   * can see; others the trajectories they are on the team of. Others: FORBIDDEN.
   */
  async metricsScope(viewer: Viewer): Promise<{ all: boolean; trajectoryIds: string[] }> {
    const { userId, role } = viewer.principal;
    if (role === GlobalRole.ADMIN) return { all: true, trajectoryIds: [] };
    if (role === GlobalRole.MANAGER || role === GlobalRole.MODERATOR) {
      return { all: false, trajectoryIds: await this.lists.visibleTrajectoryIds(userId) };
    }
    const team = (await this.lists.teamTrajectories(userId)).map((t) => t.id);
    if (!team.length) {
      throw new ForbiddenError('Feedback metrics are for managers, moderators and the team');
    }
    return { all: false, trajectoryIds: team };
  }
}
