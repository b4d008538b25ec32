import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { ErrorCode } from '@inspraak/contracts';
import { AppError, NotFoundError, ValidationError } from '@inspraak/server-errors';
import { JobQueue } from '@inspraak/server-queue';
import { Viewer } from '@inspraak/server-trajectories';
import { VoterKeys } from '../anonymity/voter-keys';
import { PulseRoundEntity } from '../entities/pulse.entities';
import { AnswerRepository } from '../repositories/answer.repository';
import { PulseRoundState, RoundRepository } from '../repositories/round.repository';
import { SurveyRecord, SurveyRepository } from '../repositories/survey.repository';
import { AnswerInput, validateAnswers } from '../templates/answers';
import { PulseAccessService } from './pulse-access.service';

export class AlreadyAnsweredError extends AppError {
  constructor() {
    super(ErrorCode.Conflict, 'You have already answered this round', [
      {
        field: 'input.roundId',
        code: 'ALREADY_ANSWERED',
        message: 'You have already answered this round',
      },
    ]);
  }
}

const notOpen = (state: string) =>
  new AppError(ErrorCode.PreconditionFailed, 'This round is not open for answers', [
    {
      field: 'input.roundId',
      code: state === (PulseRoundState.SCHEDULED as string) ? 'ROUND_NOT_OPEN' : 'ROUND_CLOSED',
      message: 'This round is not open for answers',
    },
  ]);

/** A round as its respondent sees it. */
export interface RespondentRound {
  round: PulseRoundEntity;
  survey: SurveyRecord;
  member: boolean;
}

/**
 * Answering a round: what the respondent sees, and submitting. Stores answers only as the
 * anonymity spec allows (a pending row with the voter hash); never logs or echoes them.
 */
@Injectable()
export class PulseAnswers {
  private readonly logger = new Logger('PulseAnswers');
  /** The move job this process last enqueued per round (saves Redis/DB round trips only). */
  private readonly enqueued = new Map<string, number>();
  /** Rounds' questions (fixed once open), for a few seconds: saves a read per answer. */
  private readonly meta = new Map<string, { round: PulseRoundEntity; until: number }>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly rounds: RoundRepository,
    private readonly surveys: SurveyRepository,
    private readonly answers: AnswerRepository,
    private readonly keys: VoterKeys,
    private readonly access: PulseAccessService,
    private readonly queue: JobQueue,
  ) {}

  /**
   * The round for someone it asked (or, as a preview, for an owner of the survey); NOT_FOUND for
   * everyone else.
   */
  async round(viewer: Viewer, roundId: string): Promise<RespondentRound> {
    const round = await this.rounds.get(roundId);
    if (!round) throw new NotFoundError('Pulse round');
    const survey = await this.surveys.get(round.surveyId);
    if (!survey) throw new NotFoundError('Pulse round');
    const userId = viewer.principal.userId;
    const member = (await this.rounds.member(roundId, userId)) !== null;
    if (!member) {
      const a = await this.access.ofSurvey(viewer, survey);
      if (!a.canManage) throw new NotFoundError('Pulse round');
    }
    return { round, survey, member };
  }

  /**
   * The caller has answered these rounds (moved or pending; batched for lists): never by
   * looking at answers.
   */
  async answeredAmong(roundIds: readonly string[], userId: string): Promise<Set<string>> {
    const moved = await this.answers.participatedIn([...roundIds], userId);
    const rest = roundIds.filter((id) => !moved.has(id));
    const pending = await this.answers.pendingAmong(
      rest.map((roundId) => ({ roundId, voterHash: this.keys.voterHash(roundId, userId) })),
    );
    return new Set([...moved, ...pending]);
  }

  /**
   * One answer per person per round. A retry with the same idempotency key succeeds again
   * (whether the answer is still pending or already moved); another attempt is ALREADY_ANSWERED.
   * One round trip to the database (submitPending).
   */
  async submit(
    viewer: Viewer,
    roundId: string,
    input: readonly AnswerInput[],
    idempotencyKey: string,
  ): Promise<void> {
    const userId = viewer.principal.userId;
    const round = await this.roundMeta(roundId);
    if (!round) throw new NotFoundError('Pulse round');
    if (!round.questions) {
      if (!(await this.rounds.member(roundId, userId))) throw new NotFoundError('Pulse round');
      throw notOpen(round.state);
    }
    const checked = validateAnswers(round.questions, input);
    if ('errors' in checked) {
      // Those the round did not ask learn nothing about it, its questions included.
      if (!(await this.rounds.member(roundId, userId))) throw new NotFoundError('Pulse round');
      throw new ValidationError(checked.errors, 'The answers are not valid');
    }
    const voterHash = this.keys.voterHash(roundId, userId);
    const keyHash = this.keys.submitHash(roundId, userId, idempotencyKey);
    const r = await this.answers.submitPending({
      roundId,
      userId,
      voterHash,
      keyHash,
      answers: checked.ok.closed,
      texts: checked.ok.texts,
    });
    if (!r.member || r.state === null) throw new NotFoundError('Pulse round');
    if (!r.open) throw notOpen(r.state);
    if (r.movedKey !== null) {
      if (!this.keys.same(r.movedKey, keyHash)) throw new AlreadyAnsweredError();
    } else if (!r.inserted && !this.keys.same(r.pendingKey, keyHash)) {
      throw new AlreadyAnsweredError();
    }
    await this.scheduleMove(roundId);
  }

  /**
   * A round's questions and survey, cached for a few seconds (a burst of answers reads them
   * once): they are fixed once the round opens, and its state is checked again under the lock.
   */
  private async roundMeta(roundId: string) {
    const cached = this.meta.get(roundId);
    if (cached && cached.until > Date.now()) return cached.round;
    const round = await this.rounds.get(roundId);
    if (!round) return null;
    if (this.meta.size > 1000) this.meta.clear();
    if (round.questions) this.meta.set(roundId, { round, until: Date.now() + 10_000 });
    return round;
  }

  /**
   * One move job per round per interval (job id with the interval number): a burst of answers
   * becomes a few batch moves. If enqueueing fails the answer is stored anyway and the minutely
   * schedule moves it.
   */
  private async scheduleMove(roundId: string): Promise<void> {
    const every = this.config.pulseMoveDelaySeconds * 1000;
    const now = Date.now();
    const slot = Math.floor(now / every);
    if (this.enqueued.get(roundId) === slot) return;
    try {
      await this.queue.add(
        'pulse.move',
        { roundId },
        { jobId: `pulse-move-${roundId}-${slot}`, delayMs: (slot + 1) * every - now },
      );
      this.enqueued.set(roundId, slot);
      if (this.enqueued.size > 1000) this.enqueued.clear();
    } catch (e) {
      this.logger.warn(`round ${roundId}: move not enqueued (${(e as Error).message})`);
    }
  }

  /** Rounds that asked the caller (open first). */
  async mine(viewer: Viewer, limit: number): Promise<RespondentRound[]> {
    const ids = await this.rounds.roundsAsking(viewer.principal.userId, limit);
    const out: RespondentRound[] = [];
    for (const id of ids) {
      const round = await this.rounds.get(id);
      const survey = round ? await this.surveys.get(round.surveyId) : null;
      if (!round || !survey || round.state === (PulseRoundState.CANCELLED as string)) continue;
      out.push({ round, survey, member: true });
    }
    return out;
  }
}
