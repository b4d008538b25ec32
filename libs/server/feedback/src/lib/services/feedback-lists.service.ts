import { Injectable } from '@nestjs/common';
import { FeedbackMetricsGroup, FeedbackStatus, SimPhase } from '@inspraak/contracts';
import { DEFAULT_PAGE_SIZE, decodeCursor, encodeCursor } from '@inspraak/server-graphql';
import { ForbiddenError, ValidationError } from '@inspraak/server-errors';
import { TrajectoryAccessService, Viewer } from '@inspraak/server-trajectories';
import {
  FeedbackBoardConnection,
  FeedbackInboxConnection,
  FeedbackMetricsRowObject,
} from '../graphql/objects';
import { FeedbackInputRow } from '../repositories/feedback-input.row';
import { FeedbackListRepository } from '../repositories/feedback-list.repository';
import { FeedbackRepository } from '../repositories/feedback.repository';
import { FeedbackTargets, isUuid } from './feedback-targets.service';

export interface InboxFilterValues {
  trajectoryId?: string | null;
  overdueOnly?: boolean | null;
  statuses?: FeedbackStatus[] | null;
  kind?: string | null;
  phase?: SimPhase | null;
  unansweredOnly?: boolean | null;
}

export interface BoardFilterValues {
  statuses?: FeedbackStatus[] | null;
  phase?: SimPhase | null;
  kind?: string | null;
  search?: string | null;
}

const badCursor = () =>
  new ValidationError([
    { field: 'after', code: 'INVALID_CURSOR', message: 'The cursor is not valid' },
  ]);

/** A keyset cursor of (moment, id). */
function keyset(after: string | null | undefined): { at: string; id: string } | null {
  const c = decodeCursor(after ?? undefined, 2);
  if (!c) return null;
  const at = typeof c[0] === 'string' ? new Date(c[0]) : null;
  // Years PostgreSQL and JavaScript agree on (a forged cursor must not become a 500).
  const year = at?.getUTCFullYear() ?? NaN;
  if (!at || !(year >= 1970 && year <= 2999) || !isUuid(String(c[1]))) throw badCursor();
  return { at: at.toISOString(), id: String(c[1]) };
}

/** The moderator inbox, the "you said, we did" board and the metrics. */
@Injectable()
export class FeedbackLists {
  constructor(
    private readonly lists: FeedbackListRepository,
    private readonly repository: FeedbackRepository,
    private readonly targets: FeedbackTargets,
    private readonly trajectories: TrajectoryAccessService,
  ) {}

  /** Inputs the viewer may answer, by due date; FORBIDDEN for people who answer nothing. */
  async inbox(
    viewer: Viewer,
    filter: InboxFilterValues,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<FeedbackInboxConnection> {
    // A trajectory the viewer cannot see answers NOT_FOUND before anything else.
    if (filter.trajectoryId) await this.trajectories.assertVisible(viewer, filter.trajectoryId);
    const scope = await this.targets.respondScope(viewer);
    if (filter.trajectoryId && !scope.all && !scope.trajectoryIds.includes(filter.trajectoryId)) {
      throw new ForbiddenError('You do not answer the inputs of this trajectory');
    }
    const size = first ?? 25;
    const cursor = keyset(after);
    const query = {
      scope,
      trajectoryId: filter.trajectoryId ?? null,
      statuses: filter.statuses ?? null,
      kind: filter.kind ?? null,
      phase: filter.phase ?? null,
      overdueOnly: filter.overdueOnly ?? false,
      unansweredOnly: filter.unansweredOnly ?? false,
      after: cursor ? { dueAt: cursor.at, id: cursor.id } : null,
      limit: size + 1,
    };
    const [rows, counts] = await Promise.all([
      this.lists.inbox(query),
      this.lists.inboxCounts(query),
    ]);
    return {
      ...(await this.page(viewer, rows, size, (r) => r.feedbackDueAt)),
      totalCount: counts.total,
      overdueCount: counts.overdue,
    };
  }

  /** Inputs with a public response the viewer may see, newest response first. */
  async board(
    viewer: Viewer,
    trajectoryId: string | null | undefined,
    filter: BoardFilterValues,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<FeedbackBoardConnection> {
    if (trajectoryId) await this.trajectories.assertVisible(viewer, trajectoryId);
    const scope = await this.targets.readScope(viewer);
    const size = first ?? DEFAULT_PAGE_SIZE;
    const rows = await this.lists.board({
      scope,
      trajectoryId: trajectoryId ?? null,
      statuses: filter.statuses ?? null,
      kind: filter.kind ?? null,
      phase: filter.phase ?? null,
      search: filter.search?.trim() || null,
      after: keyset(after),
      limit: size + 1,
    });
    return this.page(viewer, rows, size, (r) => r.lastRespondedAt ?? r.createdAt);
  }

  async metrics(
    viewer: Viewer,
    trajectoryId: string | null | undefined,
    group: FeedbackMetricsGroup,
  ): Promise<FeedbackMetricsRowObject[]> {
    if (trajectoryId) await this.trajectories.assertVisible(viewer, trajectoryId);
    const scope = await this.targets.metricsScope(viewer);
    if (trajectoryId && !scope.all && !scope.trajectoryIds.includes(trajectoryId)) {
      throw new ForbiddenError('Feedback metrics of this trajectory are for its team');
    }
    const rows = await this.lists.metrics(
      trajectoryId ? { all: false, trajectoryIds: [trajectoryId] } : scope,
      group,
    );
    const keys = rows.flatMap((r) => (r.key ? [r.key] : []));
    const labels =
      group === FeedbackMetricsGroup.TRAJECTORY
        ? await this.repository.trajectoryTitles(keys)
        : group === FeedbackMetricsGroup.ORG_UNIT
          ? await this.lists.orgUnitNames(keys)
          : new Map(keys.map((k) => [k, k]));
    return rows.map((r) => ({
      key: r.key ?? 'none',
      label: r.key ? (labels.get(r.key) ?? r.key) : 'Anoniem of zonder eenheid',
      total: r.total,
      answered: r.answered,
      answeredShare: r.total ? r.answered / r.total : 0,
      medianFirstResponseHours:
        r.median_hours === null ? null : Math.round(r.median_hours * 100) / 100,
      overdue: r.overdue,
    }));
  }

  /**
   * One page: the rows the SQL scope found, as summaries (the kind's provider has the last word
   * on visibility); the cursor is the last row read, so a page never stalls.
   */
  private async page(
    viewer: Viewer,
    rows: FeedbackInputRow[],
    size: number,
    sortKey: (r: FeedbackInputRow) => Date,
  ) {
    const cursorOf = (r: FeedbackInputRow) => encodeCursor([sortKey(r).toISOString(), r.id]);
    const read = rows.slice(0, size);
    const nodes = await this.targets.summaries(viewer, read);
    const last = read.at(-1);
    return {
      edges: nodes.map((node) => ({ node, cursor: cursorOf(node.row) })),
      pageInfo: { hasNextPage: rows.length > size, endCursor: last ? cursorOf(last) : null },
    };
  }
}
