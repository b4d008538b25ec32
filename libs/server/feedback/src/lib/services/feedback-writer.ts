import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  AuditAction,
  AuditResult,
  FeedbackStatus,
  feedbackTransition,
  InputStatus,
} from '@inspraak/contracts';
import { AuditService } from '@inspraak/server-audit';
import { NotFoundError, ValidationError } from '@inspraak/server-errors';
import { FeedbackLinkValue, InputRepository } from '@inspraak/server-inputs';
import { NotificationEvents } from '@inspraak/server-notifications';
import { PreconditionError } from '@inspraak/server-trajectories';
import { FeedbackKindRegistry } from '../kinds/feedback-kind.registry';
import { FeedbackInputRow } from '../repositories/feedback-input.row';
import { FeedbackRepository } from '../repositories/feedback.repository';

/** Who answers: the responder's user id and request origin (for the audit log). */
export interface FeedbackActor {
  userId: string;
  ip: string | null;
}

export interface ResponseChange {
  inputId: string;
  status: FeedbackStatus;
  /** Trimmed; null or empty: no text with this change. */
  text: string | null;
  /** Resolved links; null keeps the current ones. */
  links: FeedbackLinkValue[] | null;
  idempotencyKey: string | null;
}

export interface WriteResult {
  /** The new history entry, or null when the idempotency key had been used (nothing written). */
  entryId: string | null;
  /** The notification event to dispatch after commit. */
  eventId: string | null;
}

const precondition = (code: string, message: string, field = 'input.inputId') =>
  new PreconditionError([{ code, message }], field);

/**
 * Writes feedback: one transaction per change with the input row locked, the transition checked
 * against the locked state, a history entry, the row's current state, an audit event and the
 * notification event (dispatched by the caller after commit). Used by the API (respond, merge)
 * and by the bulk job in the worker; access is checked by the callers before.
 */
@Injectable()
export class FeedbackWriter {
  constructor(
    private readonly repository: FeedbackRepository,
    private readonly inputs: InputRepository,
    private readonly kinds: FeedbackKindRegistry,
    private readonly audit: AuditService,
    private readonly events: NotificationEvents,
  ) {}

  /**
   * Applies a status change or response. `within` runs in the same transaction after the write
   * (the bulk job marks its item done there); it is not run for a repeated idempotency key.
   */
  async respond(
    actor: FeedbackActor,
    change: ResponseChange,
    within?: (m: EntityManager) => Promise<void>,
  ): Promise<WriteResult> {
    const result = await this.repository.transaction(async (m): Promise<WriteResult> => {
      const row = (await this.repository.lockInputs(m, [change.inputId])).get(change.inputId);
      if (!row) throw new NotFoundError('Input');
      if (
        change.idempotencyKey &&
        (await this.repository.entryWithKey(m, row.id, change.idempotencyKey))
      ) {
        return { entryId: null, eventId: null };
      }
      if (change.status === FeedbackStatus.MERGED) {
        throw new ValidationError([
          { field: 'input.status', code: 'USE_MERGE', message: 'Merge inputs with mergeInput' },
        ]);
      }
      this.assertOpen(row);
      const transition = feedbackTransition(row.feedbackStatus, change.status);
      if (!transition.allowed) {
        throw precondition(
          'INVALID_TRANSITION',
          `Feedback cannot go from ${row.feedbackStatus} to ${change.status}`,
          'input.status',
        );
      }
      const text = change.text?.trim() || null;
      if (transition.textRequired && !text) {
        throw new ValidationError([
          {
            field: 'input.text',
            code: 'REQUIRED',
            message: 'This change needs a public text (why, or what changed)',
          },
        ]);
      }
      const at = new Date();
      const entryId = await this.repository.insertEntry(m, {
        inputId: row.id,
        status: change.status,
        previousStatus: row.feedbackStatus,
        text,
        responderId: actor.userId,
        links: change.links,
        mergedIntoId: null,
        idempotencyKey: change.idempotencyKey,
        createdAt: at,
      });
      if (!entryId) return { entryId: null, eventId: null };
      await this.repository.writeState(m, row.id, {
        feedbackStatus: change.status,
        feedbackText: text ?? row.feedbackText,
        feedbackResponderId: actor.userId,
        firstRespondedAt: row.firstRespondedAt ?? at,
        lastRespondedAt: at,
        mergedIntoId: null,
        feedbackLinks: change.links ?? row.feedbackLinks,
      });
      await this.audited(m, actor, AuditAction.FEEDBACK_RESPOND, row.id, {
        kind: row.kind,
        from: row.feedbackStatus,
        to: change.status,
      });
      const eventId = await this.events.emit(m, {
        type: 'input.status-changed',
        key: `feedback:${entryId}`,
        subjectKind: 'input',
        subjectId: row.id,
        trajectoryId: row.trajectoryId,
        data: {
          entryId,
          kind: row.kind,
          title: row.title,
          // The named author, to address them personally; never an anonymous author.
          authorId: row.authorHash ? null : row.authorId,
          status: change.status,
          previousStatus: row.feedbackStatus,
          text: text ?? row.feedbackText,
          path: this.kinds.definition(row.kind).path(row.id, row.containerId),
        },
        actorId: actor.userId,
      });
      if (within) await within(m);
      return { entryId, eventId };
    });
    if (result.eventId) await this.events.dispatch([result.eventId]);
    return result;
  }

  /**
   * Merges `fromId` into `intoId`: same kind and trajectory only, not into itself or a merged
   * input. Supporters and followers move without double counting; the source becomes MERGED
   * with the text; `input.merged` tells its author where it went. Repeating a done merge is a
   * no-op.
   */
  async merge(actor: FeedbackActor, fromId: string, intoId: string, text: string) {
    if (fromId === intoId) {
      throw new ValidationError([
        { field: 'input.intoId', code: 'SAME_INPUT', message: 'An input cannot merge into itself' },
      ]);
    }
    const result = await this.repository.transaction(async (m): Promise<WriteResult> => {
      const rows = await this.repository.lockInputs(m, [fromId, intoId]);
      const from = rows.get(fromId);
      const into = rows.get(intoId);
      if (!from) throw new NotFoundError('Input');
      if (!into) throw new NotFoundError('Input');
      if (from.mergedIntoId === intoId) return { entryId: null, eventId: null };
      if (from.kind !== into.kind || from.trajectoryId !== into.trajectoryId) {
        throw new ValidationError([
          {
            field: 'input.intoId',
            code: 'OTHER_KIND_OR_TRAJECTORY',
            message: 'Merge only into an input of the same kind and trajectory',
          },
        ]);
      }
      if (from.feedbackStatus === FeedbackStatus.MERGED) {
        throw precondition('INPUT_MERGED', 'The input was merged already');
      }
      if (
        into.feedbackStatus === FeedbackStatus.MERGED ||
        into.status !== (InputStatus.ACTIVE as string) ||
        into.hidden
      ) {
        throw precondition(
          'TARGET_NOT_OPEN',
          'The surviving input is merged, withdrawn or hidden',
          'input.intoId',
        );
      }
      const at = new Date();
      const entryId = (await this.repository.insertEntry(m, {
        inputId: from.id,
        status: FeedbackStatus.MERGED,
        previousStatus: from.feedbackStatus,
        text,
        responderId: actor.userId,
        links: null,
        mergedIntoId: into.id,
        idempotencyKey: null,
        createdAt: at,
      }))!;
      await this.repository.writeState(m, from.id, {
        feedbackStatus: FeedbackStatus.MERGED,
        feedbackText: text,
        feedbackResponderId: actor.userId,
        firstRespondedAt: from.firstRespondedAt ?? at,
        lastRespondedAt: at,
        mergedIntoId: into.id,
        feedbackLinks: from.feedbackLinks,
      });
      const moved = await this.inputs.moveSupportersAndFollowers(m, from.id, into.id);
      await this.audited(m, actor, AuditAction.FEEDBACK_MERGE, from.id, {
        kind: from.kind,
        intoId: into.id,
        supporters: moved.supporters,
        followers: moved.followers,
      });
      const definition = this.kinds.definition(from.kind);
      const eventId = await this.events.emit(m, {
        type: 'input.merged',
        key: `feedback:${entryId}`,
        subjectKind: 'input',
        subjectId: from.id,
        trajectoryId: from.trajectoryId,
        data: {
          entryId,
          kind: from.kind,
          title: from.title,
          authorId: from.authorHash ? null : from.authorId,
          intoId: into.id,
          intoTitle: into.title,
          text,
          path: definition.path(into.id, into.containerId),
        },
        actorId: actor.userId,
      });
      return { entryId, eventId };
    });
    if (result.eventId) await this.events.dispatch([result.eventId]);
    return result;
  }

  /**
   * Seeds and imports: writes a history (in order) and the resulting state in the caller's
   * transaction, without notifications or audit events. Transitions are checked as usual.
   */
  async record(
    m: EntityManager,
    inputId: string,
    responderId: string,
    entries: { status: FeedbackStatus; text: string | null; at: Date }[],
  ): Promise<void> {
    const row = (await this.repository.lockInputs(m, [inputId])).get(inputId);
    if (!row) throw new NotFoundError('Input');
    let state = row;
    for (const e of entries) {
      const t = feedbackTransition(state.feedbackStatus, e.status);
      if (!t.allowed || (t.textRequired && !e.text)) {
        throw new Error(`feedback: ${state.feedbackStatus} → ${e.status} is not allowed here`);
      }
      await this.repository.insertEntry(m, {
        inputId,
        status: e.status,
        previousStatus: state.feedbackStatus,
        text: e.text,
        responderId,
        links: null,
        mergedIntoId: null,
        idempotencyKey: null,
        createdAt: e.at,
      });
      state = {
        ...state,
        feedbackStatus: e.status,
        feedbackText: e.text ?? state.feedbackText,
        feedbackResponderId: responderId,
        firstRespondedAt: state.firstRespondedAt ?? e.at,
        lastRespondedAt: e.at,
      };
    }
    await this.repository.writeState(m, inputId, state);
  }

  /** Seeds and imports: a merge in the caller's transaction, without notifications. */
  async recordMerge(
    m: EntityManager,
    fromId: string,
    intoId: string,
    responderId: string,
    text: string,
    at: Date,
  ): Promise<void> {
    const rows = await this.repository.lockInputs(m, [fromId, intoId]);
    const from = rows.get(fromId);
    if (!from || !rows.get(intoId)) throw new NotFoundError('Input');
    await this.repository.insertEntry(m, {
      inputId: fromId,
      status: FeedbackStatus.MERGED,
      previousStatus: from.feedbackStatus,
      text,
      responderId,
      links: null,
      mergedIntoId: intoId,
      idempotencyKey: null,
      createdAt: at,
    });
    await this.repository.writeState(m, fromId, {
      ...from,
      feedbackStatus: FeedbackStatus.MERGED,
      feedbackText: text,
      feedbackResponderId: responderId,
      firstRespondedAt: from.firstRespondedAt ?? at,
      lastRespondedAt: at,
      mergedIntoId: intoId,
    });
    await this.inputs.moveSupportersAndFollowers(m, fromId, intoId);
  }

  private assertOpen(row: FeedbackInputRow) {
    if (row.feedbackStatus === FeedbackStatus.MERGED) {
      throw precondition('INPUT_MERGED', 'The input was merged into another one');
    }
    if (row.status !== (InputStatus.ACTIVE as string)) {
      throw precondition('INPUT_WITHDRAWN', 'The author withdrew the input');
    }
  }

  private audited(
    m: EntityManager,
    actor: FeedbackActor,
    action: AuditAction,
    inputId: string,
    details: Record<string, unknown>,
  ) {
    return this.audit.record(
      {
        actorId: actor.userId,
        action,
        result: AuditResult.SUCCESS,
        objectType: 'input',
        objectId: inputId,
        originIp: actor.ip,
        details,
      },
      m,
    );
  }
}
