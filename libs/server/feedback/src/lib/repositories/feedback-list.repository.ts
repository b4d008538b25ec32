import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FeedbackMetricsGroup } from '@inspraak/contracts';
import { visibleToUserSql } from '@inspraak/server-trajectories';
import { FeedbackKindRegistry } from '../kinds/feedback-kind.registry';
import {
  FEEDBACK_INPUT_COLUMNS,
  FeedbackInputRow,
  RawFeedbackInput,
  toFeedbackInputRow,
} from './feedback-input.row';

/** Which inputs a list may show: all (admins), or trajectories plus, outside the team, audience. */
export interface ListScope {
  all: boolean;
  userId: string;
  /** Trajectories in scope (ignored when `all`). */
  trajectoryIds: string[];
  /** `trajectoryIds` are all trajectories there are: no trajectory filter, the audience rule only. */
  everyTrajectory?: boolean;
  /** Of those, the ones the user is on the team of: the kind's audience rule does not apply. */
  teamIds: string[];
}

export interface InboxQuery {
  scope: ListScope;
  trajectoryId: string | null;
  statuses: string[] | null;
  kind: string | null;
  phase: string | null;
  overdueOnly: boolean;
  unansweredOnly: boolean;
  after: { dueAt: string; id: string } | null;
  limit: number;
}

export interface BoardQuery {
  scope: ListScope;
  trajectoryId: string | null;
  statuses: string[] | null;
  kind: string | null;
  phase: string | null;
  search: string | null;
  after: { at: string; id: string } | null;
  limit: number;
}

/** Memory for the metrics query's per-group sort (the median): 100,000 inputs fit in ~10 MB. */
const METRICS_WORK_MEM = '32MB';

export interface MetricsRow {
  key: string | null;
  total: number;
  answered: number;
  median_hours: number | null;
  overdue: number;
}

/** Grouped by the column itself (index order serves the trajectory grouping without a sort). */
const GROUP_COLUMN: Record<FeedbackMetricsGroup, string> = {
  [FeedbackMetricsGroup.TRAJECTORY]: 'i.trajectory_id',
  [FeedbackMetricsGroup.PHASE]: 'i.phase',
  [FeedbackMetricsGroup.ORG_UNIT]: 'i.org_unit_id',
};

/**
 * The feedback lists, each one indexed read: the inbox by due date (ix_input_inbox per
 * trajectory, ix_input_due across them), the board by the latest response (ix_input_board,
 * ix_input_board_all, partial on answered inputs), the metrics as one grouped query over the
 * covering index ix_input_feedback_metrics.
 */
@Injectable()
export class FeedbackListRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly kinds: FeedbackKindRegistry,
  ) {}

  /** Trajectories the user can see (the visibility rule), and whether that is all of them. */
  async visibleTrajectories(userId: string): Promise<{ ids: string[]; every: boolean }> {
    const rows = await this.dataSource.query<{ id: string; visible: boolean }[]>(
      `SELECT t.id, ${visibleToUserSql('t', '$1')} AS visible FROM trajectory t`,
      [userId],
    );
    const ids = rows.filter((r) => r.visible).map((r) => r.id);
    return { ids, every: ids.length === rows.length };
  }

  async visibleTrajectoryIds(userId: string): Promise<string[]> {
    return (await this.visibleTrajectories(userId)).ids;
  }

  /** Trajectories the user owns or is on the team of, with the roles. */
  async teamTrajectories(userId: string): Promise<{ id: string; editor: boolean }[]> {
    return this.dataSource.query<{ id: string; editor: boolean }[]>(
      `SELECT id, bool_or(editor) AS editor FROM (
         SELECT id, true AS editor FROM trajectory WHERE owner_id = $1
         UNION ALL SELECT trajectory_id, role IN ('OWNER', 'PROJECT_LEAD')
                   FROM trajectory_member WHERE user_id = $1
       ) t GROUP BY id`,
      [userId],
    );
  }

  private scopeWhere(scope: ListScope, params: unknown[]): string[] {
    if (scope.all) return [];
    params.push(scope.teamIds, scope.userId);
    const [team, uid] = [params.length - 1, params.length];
    // Sets as hashed sub-selects: one lookup per row, not a scan of a 300-element array.
    const where = [
      `(i.trajectory_id IN (SELECT unnest($${team}::uuid[]))
        OR ${this.kinds.audienceSql('i', `$${uid}::uuid`)})`,
    ];
    if (!scope.everyTrajectory) {
      params.push(scope.trajectoryIds);
      where.unshift(`i.trajectory_id IN (SELECT unnest($${params.length}::uuid[]))`);
    }
    return where;
  }

  private inboxWhere(q: InboxQuery, params: unknown[]) {
    const where = ["i.status = 'ACTIVE'", 'i.hidden = false', ...this.scopeWhere(q.scope, params)];
    if (q.trajectoryId) {
      params.push(q.trajectoryId);
      where.push(`i.trajectory_id = $${params.length}`);
    }
    this.common(where, params, q);
    if (q.unansweredOnly || q.overdueOnly) where.push('i.first_responded_at IS NULL');
    if (q.overdueOnly) where.push('i.feedback_due_at < now()');
    return where;
  }

  private common(
    where: string[],
    params: unknown[],
    q: { statuses: string[] | null; kind: string | null; phase: string | null },
  ) {
    if (q.statuses?.length) {
      params.push(q.statuses);
      where.push(`i.feedback_status = ANY($${params.length}::text[])`);
    }
    if (q.kind) {
      params.push(q.kind);
      where.push(`i.kind = $${params.length}`);
    }
    if (q.phase) {
      params.push(q.phase);
      where.push(`i.phase = $${params.length}`);
    }
  }

  /** The inbox query text and parameters (EXPLAIN reads the same). */
  inboxSql(q: InboxQuery): { sql: string; params: unknown[] } {
    const params: unknown[] = [];
    const where = this.inboxWhere(q, params);
    if (q.after) {
      params.push(q.after.dueAt, q.after.id);
      where.push(`(i.feedback_due_at, i.id) > ($${params.length - 1}, $${params.length})`);
    }
    params.push(q.limit);
    return {
      sql: `SELECT ${FEEDBACK_INPUT_COLUMNS()} FROM input i WHERE ${where.join(' AND ')}
            ORDER BY i.feedback_due_at, i.id LIMIT $${params.length}`,
      params,
    };
  }

  /**
   * Runs a list read with JIT off (these are short OLTP reads: the visibility sub-selects inflate
   * the cost estimate past jit_above_cost, and compiling took longer than the query) and memory
   * for the metrics' per-group sort.
   */
  private read<T>(sql: string, params: unknown[], sortMemory = false): Promise<T> {
    return this.dataSource.transaction(async (m) => {
      await m.query(`SET LOCAL jit = off`);
      if (sortMemory) await m.query(`SET LOCAL work_mem = '${METRICS_WORK_MEM}'`);
      return m.query<T>(sql, params);
    });
  }

  /** Metrics grouped by anything but the trajectory sort their rows (no index has that order). */
  private sorts(sql: string) {
    return !/GROUP BY i\.trajectory_id/.test(sql);
  }

  async inbox(q: InboxQuery): Promise<FeedbackInputRow[]> {
    const { sql, params } = this.inboxSql(q);
    return (await this.read<RawFeedbackInput[]>(sql, params)).map(toFeedbackInputRow);
  }

  /** The inbox's totals (all pages): an index-only count over the covering metrics index. */
  inboxCountsSql(q: InboxQuery): { sql: string; params: unknown[] } {
    const params: unknown[] = [];
    const where = this.inboxWhere(q, params);
    return {
      sql: `SELECT count(*)::int AS total,
         count(*) FILTER (WHERE i.first_responded_at IS NULL AND i.feedback_due_at < now())::int
           AS overdue
       FROM input i WHERE ${where.join(' AND ')}`,
      params,
    };
  }

  async inboxCounts(q: InboxQuery): Promise<{ total: number; overdue: number }> {
    const { sql, params } = this.inboxCountsSql(q);
    const [row] = await this.read<{ total: number; overdue: number }[]>(sql, params);
    return row;
  }

  /** EXPLAIN (ANALYZE) of a list query (the plan tests at full scale), run like the query. */
  async explain(sql: string, params: unknown[]): Promise<string> {
    const rows = await this.read<{ 'QUERY PLAN': string }[]>(
      `EXPLAIN (ANALYZE, BUFFERS) ${sql}`,
      params,
      /percentile_cont/.test(sql) && this.sorts(sql),
    );
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  }

  boardSql(q: BoardQuery): { sql: string; params: unknown[] } {
    const params: unknown[] = [];
    const where = [
      'i.last_responded_at IS NOT NULL',
      "i.status = 'ACTIVE'",
      'i.hidden = false',
      ...this.scopeWhere(q.scope, params),
    ];
    if (q.trajectoryId) {
      params.push(q.trajectoryId);
      where.push(`i.trajectory_id = $${params.length}`);
    }
    this.common(where, params, q);
    if (q.search) {
      params.push(q.search, `%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(
        `(i.search_vector @@ websearch_to_tsquery('dutch', $${params.length - 1})
          OR i.title ILIKE $${params.length} OR i.feedback_text ILIKE $${params.length})`,
      );
    }
    if (q.after) {
      params.push(q.after.at, q.after.id);
      where.push(`(i.last_responded_at, i.id) < ($${params.length - 1}, $${params.length})`);
    }
    params.push(q.limit);
    return {
      sql: `SELECT ${FEEDBACK_INPUT_COLUMNS()} FROM input i WHERE ${where.join(' AND ')}
            ORDER BY i.last_responded_at DESC, i.id DESC LIMIT $${params.length}`,
      params,
    };
  }

  async board(q: BoardQuery): Promise<FeedbackInputRow[]> {
    const { sql, params } = this.boardSql(q);
    return (await this.read<RawFeedbackInput[]>(sql, params)).map(toFeedbackInputRow);
  }

  metricsSql(scope: { all: boolean; trajectoryIds: string[] }, group: FeedbackMetricsGroup) {
    const where = ["i.status = 'ACTIVE'", 'i.hidden = false'];
    const params: unknown[] = [];
    if (!scope.all) {
      params.push(scope.trajectoryIds);
      // An array condition on the covering index's first column (the scope: a few trajectories).
      where.push(`i.trajectory_id = ANY($1::uuid[])`);
    }
    return {
      sql: `SELECT ${GROUP_COLUMN[group]}::text AS key,
         count(*)::int AS total,
         count(i.first_responded_at)::int AS answered,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY
           extract(epoch FROM i.first_responded_at - i.created_at) / 3600.0)
           FILTER (WHERE i.first_responded_at IS NOT NULL) AS median_hours,
         count(*) FILTER (WHERE i.first_responded_at IS NULL AND i.feedback_due_at < now())::int
           AS overdue
       FROM input i WHERE ${where.join(' AND ')}
       GROUP BY ${GROUP_COLUMN[group]} ORDER BY ${GROUP_COLUMN[group]}`,
      params,
    };
  }

  /** One grouped query over the inputs in scope (not withdrawn, not hidden). */
  async metrics(
    scope: { all: boolean; trajectoryIds: string[] },
    group: FeedbackMetricsGroup,
  ): Promise<MetricsRow[]> {
    const { sql, params } = this.metricsSql(scope, group);
    // The median sorts each group's rows: enough memory to do that without spilling to disk.
    const rows = await this.read<MetricsRow[]>(sql, params, this.sorts(sql));
    return rows.map((r) => ({
      ...r,
      median_hours: r.median_hours === null ? null : Number(r.median_hours),
    }));
  }

  async orgUnitNames(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.dataSource.query<{ id: string; name: string }[]>(
      'SELECT id, name FROM org_unit WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** Trajectories with inputs past their due date without a first response, and how many. */
  async overdueByTrajectory(): Promise<{ trajectory_id: string; title: string; n: number }[]> {
    return this.dataSource.query(
      `SELECT i.trajectory_id, t.title, count(*)::int AS n
       FROM input i JOIN trajectory t ON t.id = i.trajectory_id
       WHERE i.feedback_due_at < now() AND i.first_responded_at IS NULL
         AND i.status = 'ACTIVE' AND i.hidden = false
       GROUP BY i.trajectory_id, t.title ORDER BY i.trajectory_id`,
    );
  }
}
