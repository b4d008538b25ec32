import { randomInt, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditAction, FeedbackStatus, INPUT_LIMITS, InputKind } from '@inspraak/contracts';
import {
  ForbiddenError,
  NotFoundError,
  ValidationError,
  type FieldError,
} from '@inspraak/server-errors';
import { FeedbackDeadlines, FeedbackWriter } from '@inspraak/server-feedback';
import { AnonymousAuthorService, InputRepository } from '@inspraak/server-inputs';
import { NotificationEvents } from '@inspraak/server-notifications';
import { Actor, PreconditionError, Viewer } from '@inspraak/server-trajectories';
import { PulseRoundEntity } from '../entities/pulse.entities';
import { PulseRoundState, RoundRepository } from '../repositories/round.repository';
import { SurveyRecord, SurveyRepository } from '../repositories/survey.repository';
import { PulseActionAccess, RoundActionAccess } from './pulse-action-access';
import { PulseActionRecord, PulseActionRepository } from './pulse-action.repository';
import { PulseAudit } from './pulse-audit';

/** The statuses an action may be published with (it is the response to the round's outcome). */
export const PULSE_ACTION_START_STATUSES: readonly FeedbackStatus[] = [
  FeedbackStatus.UNDER_CONSIDERATION,
  FeedbackStatus.PLANNED,
  FeedbackStatus.IN_PROGRESS,
  FeedbackStatus.DONE,
];

export interface PulseActionDraft {
  roundId: string;
  title: string;
  description: string;
  dimension: string | null;
  questionKey: string | null;
  status: FeedbackStatus;
  idempotencyKey: string | null;
}

export interface PulseActionChanges {
  title?: string;
  description?: string;
  dimension?: string | null;
  questionKey?: string | null;
}

const invalid = (field: string, code: string, message: string): FieldError => ({
  field,
  code,
  message,
});

/** Titles are counted without surrounding spaces (what is stored). */
function checkTitle(title: string): FieldError[] {
  return title.trim().length < INPUT_LIMITS.pulseActionTitleMin
    ? [
        invalid(
          'input.title',
          'TOO_SHORT',
          `At least ${INPUT_LIMITS.pulseActionTitleMin} characters`,
        ),
      ]
    : [];
}

/**
 * Closing the loop (C5): survey owners publish actions on a closed round's outcome. Each action
 * is an input of kind `pulse_action` with feedback (status, public response, history), created
 * with its first status and the description as the first public response, so it is on the
 * "you said, we did" board at once. Trajectory and SIM phase come from the survey and round.
 */
@Injectable()
export class PulseActions {
  constructor(
    private readonly actions: PulseActionRepository,
    private readonly access: PulseActionAccess,
    private readonly rounds: RoundRepository,
    private readonly surveys: SurveyRepository,
    private readonly inputs: InputRepository,
    private readonly anonymous: AnonymousAuthorService,
    private readonly deadlines: FeedbackDeadlines,
    private readonly writer: FeedbackWriter,
    private readonly audit: PulseAudit,
    private readonly events: NotificationEvents,
  ) {}

  /** NOT_FOUND unless the caller may see the round's results; FORBIDDEN unless they own it. */
  private async manageRound(viewer: Viewer, roundId: string): Promise<RoundActionAccess> {
    const a = await this.access.ofRound(viewer, roundId);
    if (!a || !a.resultsVisible || !a.survey) throw new NotFoundError('Pulse round');
    if (!a.canManage) {
      throw new ForbiddenError('Only the survey’s owners publish actions on its results');
    }
    return a;
  }

  async create(actor: Actor, draft: PulseActionDraft): Promise<PulseActionRecord> {
    const viewer: Viewer = { principal: actor.principal, loaders: null };
    const userId = actor.principal.userId;
    const { survey } = await this.manageRound(viewer, draft.roundId);
    const round = (await this.rounds.get(draft.roundId))!;
    const idempotencyHash = draft.idempotencyKey
      ? this.anonymous.idempotencyHash(userId, `pulse-action:${draft.idempotencyKey}`)
      : null;
    if (idempotencyHash) {
      const again = await this.inputs.findByIdempotencyHash(idempotencyHash);
      if (again) return this.retried(again.id, draft.roundId);
    }
    this.assertPublishable(survey!, round);
    const errors = this.checkSubject(round, draft.dimension, draft.questionKey);
    errors.push(...checkTitle(draft.title));
    if (!PULSE_ACTION_START_STATUSES.includes(draft.status)) {
      errors.push(
        invalid(
          'input.status',
          'NOT_A_START_STATUS',
          'An action starts as under consideration, planned, in progress or done',
        ),
      );
    }
    if (errors.length) throw new ValidationError(errors);
    const trajectoryId = survey!.trajectoryId!;
    const id = randomUUID();
    const title = draft.title.trim();
    const description = draft.description.trim();
    let eventId: string | null = null;
    try {
      await this.actions.transaction(async (m) => {
        const phase =
          round.phase ??
          survey!.phase ??
          (await this.surveys.trajectoryScope(trajectoryId, m))?.phase ??
          'PREPARE';
        await this.inputs.insert(m, {
          id,
          kind: InputKind.PULSE_ACTION,
          trajectoryId,
          phase,
          containerId: round.id,
          title,
          body: description,
          authorId: userId,
          authorHash: null,
          idempotencyHash,
          randomKey: randomInt(0, 2 ** 31 - 1),
          feedbackDueAt: await this.deadlines.dueAtForNewInput(m, trajectoryId),
        });
        await this.actions.insert(m, {
          id,
          surveyId: survey!.id,
          roundId: round.id,
          dimension: draft.dimension,
          questionKey: draft.questionKey,
          createdById: userId,
        });
        // The action is the response to the outcome: its first status, described publicly.
        await this.writer.record(m, id, userId, [
          { status: draft.status, text: description, at: new Date() },
        ]);
        await this.audit.record(
          { userId, ip: actor.origin.ip },
          AuditAction.PULSE_ACTION_CREATE,
          'pulse_action',
          id,
          {
            surveyId: survey!.id,
            roundId: round.id,
            trajectoryId,
            status: draft.status,
            dimension: draft.dimension,
            questionKey: draft.questionKey,
          },
          m,
        );
        // Everyone the round asked hears what is done with its outcome ("you said, we did").
        eventId = await this.events.emit(m, {
          type: 'pulse.action-published',
          key: `pulse-action:${id}`,
          subjectKind: 'pulse-round',
          subjectId: round.id,
          trajectoryId,
          data: {
            surveyId: survey!.id,
            surveyTitle: survey!.title,
            roundNumber: round.number,
            actionId: id,
            actionTitle: title,
            description,
            status: draft.status,
          },
          actorId: userId,
        });
      });
    } catch (e) {
      // The same key twice at once: the second insert lost the race; answer the first.
      if (idempotencyHash && (e as { code?: string }).code === '23505') {
        const first = await this.inputs.findByIdempotencyHash(idempotencyHash);
        if (first) return this.retried(first.id, draft.roundId);
      }
      throw e;
    }
    if (eventId) await this.events.dispatch([eventId]);
    return (await this.actions.find(id))!;
  }

  async update(actor: Actor, id: string, changes: PulseActionChanges): Promise<PulseActionRecord> {
    const viewer: Viewer = { principal: actor.principal, loaders: null };
    const action = await this.actions.find(id);
    if (!action) throw new NotFoundError('Pulse action');
    const a = await this.access.ofRound(viewer, action.roundId);
    if (!a || !a.resultsVisible) throw new NotFoundError('Pulse action');
    if (!a.canManage) throw new ForbiddenError('Only the survey’s owners change its actions');
    const round = (await this.rounds.get(action.roundId))!;
    const dimension = changes.dimension !== undefined ? changes.dimension : action.dimension;
    const questionKey =
      changes.questionKey !== undefined ? changes.questionKey : action.questionKey;
    const errors = this.checkSubject(round, dimension, questionKey);
    if (changes.title !== undefined) errors.push(...checkTitle(changes.title));
    if (errors.length) throw new ValidationError(errors);
    const changed: string[] = [];
    await this.actions.transaction(async (m) => {
      const row = await this.inputs.lock(m, id);
      if (!row) throw new NotFoundError('Pulse action');
      if (row.feedbackStatus === (FeedbackStatus.MERGED as string)) {
        throw new PreconditionError(
          [{ code: 'INPUT_MERGED', message: 'The action was merged into another one' }],
          'input.id',
        );
      }
      const inputChanges: { title?: string; body?: string } = {};
      if (changes.title !== undefined && changes.title.trim() !== row.title) {
        inputChanges.title = changes.title.trim();
        changed.push('title');
      }
      if (changes.description !== undefined && changes.description.trim() !== row.body) {
        inputChanges.body = changes.description.trim();
        changed.push('description');
      }
      if (dimension !== action.dimension) changed.push('dimension');
      if (questionKey !== action.questionKey) changed.push('questionKey');
      if (!changed.length) return;
      if (inputChanges.title !== undefined || inputChanges.body !== undefined) {
        await this.inputs.update(m, id, inputChanges);
      }
      await this.actions.update(m, id, {
        dimension,
        questionKey,
        updatedById: viewer.principal.userId,
      });
      await this.audit.record(
        { userId: viewer.principal.userId, ip: actor.origin.ip },
        AuditAction.PULSE_ACTION_UPDATE,
        'pulse_action',
        id,
        { surveyId: action.surveyId, roundId: action.roundId, changed },
        m,
      );
    });
    return (await this.actions.find(id))!;
  }

  /** Follows (or stops following) an action: followers hear of its status changes. */
  async follow(viewer: Viewer, id: string, on: boolean): Promise<PulseActionRecord> {
    const action = await this.actions.find(id);
    if (!action) throw new NotFoundError('Pulse action');
    const a = await this.access.ofRound(viewer, action.roundId);
    if (!a || !a.resultsVisible) throw new NotFoundError('Pulse action');
    await this.inputs.transaction(async (m) => {
      const status = await this.inputs.feedbackStatusForUpdate(m, id);
      if (on && status === (FeedbackStatus.MERGED as string)) {
        throw new PreconditionError(
          [{ code: 'INPUT_MERGED', message: 'The action was merged into another one' }],
          'id',
        );
      }
      await this.inputs.setFollow(m, id, viewer.principal.userId, on);
    });
    return (await this.actions.find(id))!;
  }

  /** The actions of a round the caller may see the results of (empty otherwise). */
  async ofRound(viewer: Viewer, roundId: string) {
    const a = await this.access.ofRound(viewer, roundId);
    if (!a || !a.resultsVisible) return { access: null, actions: [] };
    return { access: a, actions: await this.actions.ofRound(roundId) };
  }

  private async retried(id: string, roundId: string): Promise<PulseActionRecord> {
    const action = await this.actions.find(id);
    if (!action || action.roundId !== roundId) {
      throw new ValidationError([
        invalid(
          'input.idempotencyKey',
          'KEY_REUSED',
          'This idempotency key was used for something else',
        ),
      ]);
    }
    return action;
  }

  /** Only closed rounds of trajectory surveys have an outcome to act on. */
  private assertPublishable(survey: SurveyRecord, round: PulseRoundEntity) {
    if (!survey.trajectoryId) {
      throw new PreconditionError(
        [
          {
            code: 'ORGANISATION_WIDE',
            message:
              'Actions belong to a trajectory’s feedback loop; organisation-wide surveys have none yet',
          },
        ],
        'input.roundId',
      );
    }
    if (round.state !== (PulseRoundState.CLOSED as string)) {
      throw new PreconditionError(
        [{ code: 'ROUND_NOT_CLOSED', message: 'Results are released when the round closes' }],
        'input.roundId',
      );
    }
  }

  /** The dimension and question must be the round's; a question must lie in the dimension. */
  private checkSubject(
    round: PulseRoundEntity,
    dimension: string | null,
    questionKey: string | null,
  ): FieldError[] {
    const errors: FieldError[] = [];
    const question = questionKey ? round.questions?.find((q) => q.key === questionKey) : null;
    if (dimension !== null && !round.dimensions?.some((d) => d.key === dimension)) {
      errors.push(invalid('input.dimension', 'UNKNOWN_DIMENSION', 'Not a dimension of the round'));
    }
    if (questionKey !== null && !question) {
      errors.push(invalid('input.questionKey', 'UNKNOWN_QUESTION', 'Not a question of the round'));
    }
    if (question && dimension !== null && question.dimension !== dimension) {
      errors.push(
        invalid(
          'input.questionKey',
          'NOT_IN_DIMENSION',
          'The question belongs to another dimension',
        ),
      );
    }
    return errors;
  }
}
