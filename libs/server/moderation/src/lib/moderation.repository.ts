import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ModerationQueueStatus, ReportStatus } from '@inspraak/contracts';
import { visibleToUserSql } from '@inspraak/server-trajectories';
import { ModeratedContentEntity } from './entities/moderation.entities';

/** A report as the moderator sees it: never who made it. */
export interface ReportView {
  moderatedContentId: string;
  reason: string;
  text: string | null;
  createdAt: Date;
}

export interface QueueFilter {
  status: ModerationQueueStatus;
  kind: string | null;
  /** Null: every trajectory (admins); else only trajectories this user may see. */
  visibleTo: string | null;
  after: { at: string; id: string } | null;
  limit: number;
}

const row = (r: Record<string, unknown>): ModeratedContentEntity =>
  Object.assign(new ModeratedContentEntity(), {
    id: r.id,
    contentKind: r.content_kind,
    contentId: r.content_id,
    trajectoryId: r.trajectory_id,
    openReportCount: Number(r.open_report_count),
    lastReportedAt: r.last_reported_at ? new Date(r.last_reported_at as string) : null,
    hidden: r.hidden,
    autoHidden: r.auto_hidden,
    moderatedAt: r.moderated_at ? new Date(r.moderated_at as string) : null,
    createdAt: new Date(r.created_at as string),
    updatedAt: new Date(r.updated_at as string),
  });

@Injectable()
export class ModerationRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The content's moderation row, created if missing, row-locked for the transaction. */
  async lockContent(
    m: EntityManager,
    kind: string,
    contentId: string,
    trajectoryId: string,
  ): Promise<ModeratedContentEntity> {
    await m.query(
      `INSERT INTO moderated_content (content_kind, content_id, trajectory_id)
       VALUES ($1, $2, $3) ON CONFLICT (content_kind, content_id) DO NOTHING`,
      [kind, contentId, trajectoryId],
    );
    const rows = await m.query<Record<string, unknown>[]>(
      `SELECT * FROM moderated_content WHERE content_kind = $1 AND content_id = $2 FOR UPDATE`,
      [kind, contentId],
    );
    return row(rows[0]);
  }

  find(kind: string, contentId: string): Promise<ModeratedContentEntity | null> {
    return this.dataSource.manager.findOne(ModeratedContentEntity, {
      where: { contentKind: kind, contentId },
    });
  }

  /** Adds one open report; false when this person already reported the content. */
  async addReport(
    m: EntityManager,
    moderatedContentId: string,
    reporterId: string,
    reason: string,
    text: string | null,
  ): Promise<{ created: boolean; createdAt: Date }> {
    const inserted = await m.query<{ created_at: string }[]>(
      `INSERT INTO content_report (moderated_content_id, reporter_id, reason, text, status)
       VALUES ($1, $2, $3, $4, 'OPEN')
       ON CONFLICT (moderated_content_id, reporter_id) DO NOTHING
       RETURNING created_at`,
      [moderatedContentId, reporterId, reason, text],
    );
    if (!inserted.length) return { created: false, createdAt: new Date() };
    return { created: true, createdAt: new Date(inserted[0].created_at) };
  }

  /** Which of the contents the user reported (any status). */
  async reportedBy(userId: string, kind: string, contentIds: readonly string[]): Promise<string[]> {
    if (!contentIds.length) return [];
    const rows = await this.dataSource.query<{ content_id: string }[]>(
      `SELECT mc.content_id FROM content_report r
       JOIN moderated_content mc ON mc.id = r.moderated_content_id
       WHERE r.reporter_id = $1 AND mc.content_kind = $2 AND mc.content_id = ANY($3::uuid[])`,
      [userId, kind, [...contentIds]],
    );
    return rows.map((r) => r.content_id);
  }

  /** Counts the new open report (the row is locked by lockContent). */
  async bumpOpenReports(m: EntityManager, id: string): Promise<number> {
    const [rows] = await m.query<[{ open_report_count: number }[], number]>(
      `UPDATE moderated_content
         SET open_report_count = open_report_count + 1, last_reported_at = now(),
             updated_at = now()
       WHERE id = $1 RETURNING open_report_count`,
      [id],
    );
    return Number(rows[0].open_report_count);
  }

  /** Closes every open report of the content with `status`; returns how many. */
  async resolveOpenReports(
    m: EntityManager,
    moderatedContentId: string,
    status: ReportStatus,
  ): Promise<number> {
    // TypeORM answers an UPDATE with [rows, affected].
    const [, affected] = await m.query<[unknown[], number]>(
      `UPDATE content_report SET status = $2, resolved_at = now(), updated_at = now()
       WHERE moderated_content_id = $1 AND status = 'OPEN'`,
      [moderatedContentId, status],
    );
    await m.query(
      `UPDATE moderated_content SET open_report_count = 0, updated_at = now() WHERE id = $1`,
      [moderatedContentId],
    );
    return affected;
  }

  /** Whether the user may see the trajectory (the trajectories' visibility rule). */
  async trajectoryVisible(userId: string, trajectoryId: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM trajectory t WHERE t.id = $2 AND ${visibleToUserSql('t', '$1::uuid')}`,
      [userId, trajectoryId],
    );
    return rows.length > 0;
  }

  async setHidden(m: EntityManager, id: string, hidden: boolean, autoHidden: boolean) {
    await m.query(
      `UPDATE moderated_content
         SET hidden = $2, auto_hidden = $3, moderated_at = now(), updated_at = now()
       WHERE id = $1`,
      [id, hidden, hidden && autoHidden],
    );
  }

  async reload(m: EntityManager, id: string): Promise<ModeratedContentEntity> {
    const rows = await m.query<Record<string, unknown>[]>(
      `SELECT * FROM moderated_content WHERE id = $1`,
      [id],
    );
    return row(rows[0]);
  }

  /**
   * One page of the queue, newest first: OPEN by the newest report, HIDDEN by the last
   * moderation. Keyset on (time, id); only trajectories the moderator may see.
   */
  async queue(f: QueueFilter): Promise<{ state: ModeratedContentEntity; sortAt: string }[]> {
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const at = f.status === ModerationQueueStatus.OPEN ? 'mc.last_reported_at' : 'mc.moderated_at';
    const where = [
      f.status === ModerationQueueStatus.OPEN ? 'mc.open_report_count > 0' : 'mc.hidden',
    ];
    if (f.kind) where.push(`mc.content_kind = ${p(f.kind)}`);
    if (f.after) {
      where.push(`(${at}, mc.id) < (${p(f.after.at)}::timestamptz, ${p(f.after.id)}::uuid)`);
    }
    if (f.visibleTo) {
      const uid = p(f.visibleTo);
      where.push(`EXISTS (SELECT 1 FROM trajectory t WHERE t.id = mc.trajectory_id
                   AND ${visibleToUserSql('t', `${uid}::uuid`)})`);
    }
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT mc.*, ${at}::text AS sort_at FROM moderated_content mc WHERE ${where.join(' AND ')}
       ORDER BY ${at} DESC, mc.id DESC LIMIT ${p(f.limit)}`,
      params,
    );
    // The sort time as PostgreSQL text keeps its microseconds for an exact keyset cursor.
    return rows.map((r) => ({ state: row(r), sortAt: r.sort_at as string }));
  }

  /** Open reports per content and reason, for the queue page (one query). */
  async reasonCounts(ids: readonly string[]): Promise<Map<string, Map<string, number>>> {
    const out = new Map<string, Map<string, number>>();
    if (!ids.length) return out;
    const rows = await this.dataSource.query<
      { moderated_content_id: string; reason: string; n: string }[]
    >(
      `SELECT moderated_content_id, reason, count(*) AS n FROM content_report
       WHERE moderated_content_id = ANY($1::uuid[]) AND status = 'OPEN'
       GROUP BY moderated_content_id, reason`,
      [[...ids]],
    );
    for (const r of rows) {
      const m = out.get(r.moderated_content_id) ?? new Map<string, number>();
      m.set(r.reason, Number(r.n));
      out.set(r.moderated_content_id, m);
    }
    return out;
  }

  /** The newest open reports per content (at most `per` each), without the reporter. */
  async openReports(ids: readonly string[], per: number): Promise<Map<string, ReportView[]>> {
    const out = new Map<string, ReportView[]>();
    if (!ids.length) return out;
    const rows = await this.dataSource.query<
      { moderated_content_id: string; reason: string; text: string | null; created_at: string }[]
    >(
      `SELECT moderated_content_id, reason, text, created_at FROM (
         SELECT r.*, row_number() OVER (PARTITION BY r.moderated_content_id
                                        ORDER BY r.created_at DESC, r.id DESC) AS rn
         FROM content_report r
         WHERE r.moderated_content_id = ANY($1::uuid[]) AND r.status = 'OPEN') x
       WHERE rn <= $2 ORDER BY created_at DESC, id DESC`,
      [[...ids], per],
    );
    for (const r of rows) {
      const list = out.get(r.moderated_content_id) ?? [];
      list.push({
        moderatedContentId: r.moderated_content_id,
        reason: r.reason,
        text: r.text,
        createdAt: new Date(r.created_at),
      });
      out.set(r.moderated_content_id, list);
    }
    return out;
  }
}
