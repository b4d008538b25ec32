import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  AuditAction,
  AuditResult,
  GlobalRole,
  ModerationQueueStatus,
  ReportReason,
  ReportStatus,
} from '@inspraak/contracts';
import { AuditService } from '@inspraak/server-audit';
import { Principal, RequestOrigin } from '@inspraak/server-auth';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { AppError, ConflictError, NotFoundError, ValidationError } from '@inspraak/server-errors';
import { decodeCursor, encodeCursor, toConnection } from '@inspraak/server-graphql';
import { ErrorCode } from '@inspraak/contracts';
import { ModeratedContentEntity } from './entities/moderation.entities';
import {
  ModeratedContentProvider,
  ModeratedContentSummary,
  ModerationRegistry,
} from './moderation.registry';
import { ModerationRepository, ReportView } from './moderation.repository';

export interface Actor {
  principal: Principal;
  origin: RequestOrigin;
}

/** One queue entry: the moderation state, the provider's summary and the open reports. */
export interface ModerationItem {
  state: ModeratedContentEntity;
  summary: ModeratedContentSummary;
  reasonCounts: { reason: ReportReason; count: number }[];
  reports: ReportView[];
}

export interface ReportReceipt {
  kind: string;
  contentId: string;
  reason: ReportReason;
  createdAt: Date;
}

/** The newest open reports shown per queue item. */
export const REPORTS_PER_ITEM = 20;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A timestamptz as PostgreSQL prints it (the queue cursor), with a date that exists. */
export function isPgTimestamp(v: string): boolean {
  const m =
    /^(\d{4}-\d{2}-\d{2}) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/.exec(v);
  if (!m) return false;
  const d = new Date(`${m[1]}T00:00:00Z`);
  const year = Number(m[1].slice(0, 4));
  return (
    year >= 1900 && year <= 2999 && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(m[1])
  );
}

const precondition = (field: string, code: string, message: string) =>
  new AppError(ErrorCode.PreconditionFailed, message, [{ field, code, message }]);

/**
 * Reports, auto-hide, the moderator queue and moderator actions for every registered content
 * kind. Who reported is stored only to keep one report per person and is shown to nobody (the
 * audit entry of a report has no actor).
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly registry: ModerationRegistry,
    private readonly repository: ModerationRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async report(
    actor: Actor,
    kind: string,
    contentId: string,
    reason: ReportReason,
    text: string | null,
  ): Promise<ReportReceipt> {
    const provider = this.registry.get(kind);
    const note = text?.trim() || null;
    if (reason === ReportReason.OTHER && !note) {
      throw new ValidationError([
        { field: 'input.text', code: 'REQUIRED', message: 'Say what is wrong' },
      ]);
    }
    await provider.assertVisible(actor.principal, contentId);
    const summary = await this.summaryOf(provider, contentId);
    return this.repository.transaction(async (m) => {
      const state = await this.repository.lockContent(m, kind, contentId, summary.trajectoryId);
      const { created, createdAt } = await this.repository.addReport(
        m,
        state.id,
        actor.principal.userId,
        reason,
        note,
      );
      if (!created) throw new ConflictError('You already reported this');
      const open = await this.repository.bumpOpenReports(m, state.id);
      await this.record(m, null, AuditAction.CONTENT_REPORT, kind, contentId, { reason });
      if (open >= this.config.moderationAutoHideReports && !state.hidden) {
        await provider.setHidden(m, contentId, true, null);
        await this.repository.setHidden(m, state.id, true, true);
        await this.record(m, null, AuditAction.CONTENT_AUTO_HIDE, kind, contentId, {
          openReports: open,
        });
      }
      return { kind, contentId, reason, createdAt };
    });
  }

  /** The ids among `contentIds` the caller has reported (for a "reported" mark in lists). */
  async reportedByMe(principal: Principal, kind: string, contentIds: readonly string[]) {
    this.registry.get(kind, 'kind');
    const mine = new Set(await this.repository.reportedBy(principal.userId, kind, contentIds));
    return contentIds.filter((id) => mine.has(id));
  }

  /** Hides the content with a reason its author sees; open reports are upheld. */
  hide(actor: Actor, kind: string, contentId: string, reason: string) {
    return this.moderate(actor, kind, contentId, async (m, provider, state) => {
      await provider.setHidden(m, contentId, true, reason);
      await this.repository.setHidden(m, state.id, true, false);
      const upheld = await this.repository.resolveOpenReports(m, state.id, ReportStatus.UPHELD);
      await this.record(m, actor, AuditAction.CONTENT_HIDE, kind, contentId, {
        reason,
        upheldReports: upheld,
      });
    });
  }

  /** Shows hidden content again; open reports are dismissed. */
  restore(actor: Actor, kind: string, contentId: string, note: string | null) {
    return this.moderate(actor, kind, contentId, async (m, provider, state, summary) => {
      if (!summary.hidden && !state.hidden) {
        throw precondition('input.contentId', 'NOT_HIDDEN', 'The content is not hidden');
      }
      await provider.setHidden(m, contentId, false, null);
      await this.repository.setHidden(m, state.id, false, false);
      const dismissed = await this.repository.resolveOpenReports(
        m,
        state.id,
        ReportStatus.DISMISSED,
      );
      await this.record(m, actor, AuditAction.CONTENT_RESTORE, kind, contentId, {
        ...(note ? { note } : {}),
        dismissedReports: dismissed,
      });
    });
  }

  /**
   * Closes the open reports without hiding. Content that was only hidden automatically (by the
   * reports themselves) is shown again.
   */
  dismiss(actor: Actor, kind: string, contentId: string, note: string | null) {
    return this.moderate(actor, kind, contentId, async (m, provider, state) => {
      if (state.openReportCount === 0) {
        throw precondition('input.contentId', 'NO_OPEN_REPORTS', 'There are no open reports');
      }
      const restored = state.hidden && state.autoHidden;
      if (restored) {
        await provider.setHidden(m, contentId, false, null);
        await this.repository.setHidden(m, state.id, false, false);
      }
      const dismissed = await this.repository.resolveOpenReports(
        m,
        state.id,
        ReportStatus.DISMISSED,
      );
      await this.record(m, actor, AuditAction.CONTENT_REPORTS_DISMISS, kind, contentId, {
        ...(note ? { note } : {}),
        dismissedReports: dismissed,
        restored,
      });
    });
  }

  /** The moderator queue, newest first, scoped to the content the moderator may see. */
  async queue(
    principal: Principal,
    status: ModerationQueueStatus,
    kind: string | null,
    first: number,
    after: string | undefined,
  ) {
    if (kind) this.registry.get(kind, 'kind');
    const cursor = decodeCursor(after, 2);
    if (
      cursor &&
      (typeof cursor[0] !== 'string' ||
        typeof cursor[1] !== 'string' ||
        !isPgTimestamp(cursor[0]) ||
        !UUID.test(cursor[1]))
    ) {
      throw new ValidationError([
        { field: 'after', code: 'INVALID_CURSOR', message: 'The cursor is not valid' },
      ]);
    }
    const visibleTo = principal.role === GlobalRole.ADMIN ? null : principal.userId;
    const page: { item: ModerationItem; sortAt: string }[] = [];
    let next = cursor ? { at: cursor[0] as string, id: cursor[1] as string } : null;
    // The trajectory rule filters in SQL; the provider's own rule (e.g. a challenge audience)
    // may drop a few more rows, so fetch until the page (plus one) is full.
    for (let round = 0; page.length <= first && round < 10; round++) {
      const batch = first + 1 - page.length;
      const rows = await this.repository.queue({
        status,
        kind,
        visibleTo,
        after: next,
        limit: batch,
      });
      const sortAt = new Map(rows.map((r) => [r.state.id, r.sortAt]));
      const items = await this.toItems(
        principal,
        rows.map((r) => r.state),
      );
      page.push(...items.map((item) => ({ item, sortAt: sortAt.get(item.state.id)! })));
      if (rows.length < batch) break;
      const last = rows.at(-1)!;
      next = { at: last.sortAt, id: last.state.id };
    }
    const connection = toConnection(page, first, (p) => encodeCursor([p.sortAt, p.item.state.id]));
    return {
      pageInfo: connection.pageInfo,
      edges: connection.edges.map((e) => ({ cursor: e.cursor, node: e.node.item })),
    };
  }

  private async toItems(
    principal: Principal,
    rows: ModeratedContentEntity[],
  ): Promise<ModerationItem[]> {
    const byKind = new Map<string, ModeratedContentEntity[]>();
    for (const r of rows) byKind.set(r.contentKind, [...(byKind.get(r.contentKind) ?? []), r]);
    const summaries = new Map<string, ModeratedContentSummary>();
    for (const [kind, list] of byKind) {
      if (!this.registry.has(kind)) continue;
      const provider = this.registry.get(kind);
      const found = await provider.describe(list.map((r) => r.contentId));
      for (const r of list) {
        const s = found.get(r.contentId);
        if (s && (await this.canSee(provider, principal, r.contentId))) summaries.set(r.id, s);
      }
    }
    const kept = rows.filter((r) => summaries.has(r.id));
    const ids = kept.map((r) => r.id);
    const [counts, reports] = await Promise.all([
      this.repository.reasonCounts(ids),
      this.repository.openReports(ids, REPORTS_PER_ITEM),
    ]);
    return kept.map((state) => ({
      state,
      summary: summaries.get(state.id)!,
      reasonCounts: [...(counts.get(state.id) ?? new Map<string, number>())]
        .map(([reason, count]) => ({ reason: reason as ReportReason, count }))
        .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
      reports: reports.get(state.id) ?? [],
    }));
  }

  private async canSee(provider: ModeratedContentProvider, principal: Principal, id: string) {
    try {
      await provider.assertVisible(principal, id);
      return true;
    } catch (e) {
      if (e instanceof AppError && e.code === ErrorCode.NotFound) return false;
      throw e;
    }
  }

  private async summaryOf(provider: ModeratedContentProvider, contentId: string) {
    const summary = (await provider.describe([contentId])).get(contentId);
    if (!summary) throw new NotFoundError('Content');
    return summary;
  }

  /** A moderator action in one transaction on the locked moderation row; returns the item. */
  private async moderate(
    actor: Actor,
    kind: string,
    contentId: string,
    work: (
      m: EntityManager,
      provider: ModeratedContentProvider,
      state: ModeratedContentEntity,
      summary: ModeratedContentSummary,
    ) => Promise<void>,
  ): Promise<ModerationItem> {
    const provider = this.registry.get(kind);
    await provider.assertVisible(actor.principal, contentId);
    const summary = await this.summaryOf(provider, contentId);
    // Moderators act on the trajectories they may see, as in their queue; admins on all.
    if (
      actor.principal.role !== GlobalRole.ADMIN &&
      !(await this.repository.trajectoryVisible(actor.principal.userId, summary.trajectoryId))
    ) {
      throw new NotFoundError('Content');
    }
    const state = await this.repository.transaction(async (m) => {
      const locked = await this.repository.lockContent(m, kind, contentId, summary.trajectoryId);
      await work(m, provider, locked, summary);
      return this.repository.reload(m, locked.id);
    });
    const [item] = await this.toItems(actor.principal, [state]);
    if (!item) throw new NotFoundError('Content');
    return item;
  }

  private record(
    m: EntityManager,
    actor: Actor | null,
    action: AuditAction,
    kind: string,
    contentId: string,
    details: Record<string, unknown>,
  ) {
    return this.audit.record(
      {
        actorId: actor?.principal.userId ?? null,
        action,
        result: AuditResult.SUCCESS,
        objectType: kind,
        objectId: contentId,
        originIp: actor?.origin.ip ?? null,
        details,
      },
      m,
    );
  }
}
