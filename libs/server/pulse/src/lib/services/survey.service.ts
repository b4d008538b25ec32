import { Inject, Injectable } from '@nestjs/common';
import { AuditAction, ErrorCode, SimPhase } from '@inspraak/contracts';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import {
  AppError,
  FieldError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '@inspraak/server-errors';
import { TrajectoryAccessService, Viewer } from '@inspraak/server-trajectories';
import { PulseAudit, PulseAuditActor } from '../actions/pulse-audit';
import { PulseRoundState, RoundRepository } from '../repositories/round.repository';
import { SurveyFields, SurveyRecord, SurveyRepository } from '../repositories/survey.repository';
import { buildQuestions, CustomQuestionDraft } from '../templates/build-questions';
import { PulseTemplateKey, template } from '../templates/templates';
import { PulseAccessService } from './pulse-access.service';
import { K_COMMENTS_FLOOR, K_FLOOR, RoundLifecycle, thresholds } from './round-lifecycle.service';

export interface SurveyDraft {
  title: string;
  description: string;
  trajectoryId: string | null;
  phase: SimPhase | null;
  templates: PulseTemplateKey[];
  customQuestions: CustomQuestionDraft[];
  orgUnitIds: string[];
  k: number | null;
  kComments: number | null;
  recurrenceWeeks: number | null;
  roundDays: number;
  firstRoundAt: Date | null;
  reminders: boolean;
}

export type SurveyChanges = Partial<Omit<SurveyDraft, 'trajectoryId' | 'firstRoundAt'>> & {
  nextRoundAt?: Date | null;
  archived?: boolean;
};

const precondition = (code: string, message: string, field = 'input') =>
  new AppError(ErrorCode.PreconditionFailed, message, [{ field, code, message }]);

/**
 * Creating and changing surveys and scheduling or closing their rounds (survey owners only:
 * trajectory editors, moderators and admins; organisation-wide surveys: moderators and admins).
 */
@Injectable()
export class PulseSurveys {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly surveys: SurveyRepository,
    private readonly rounds: RoundRepository,
    private readonly access: PulseAccessService,
    private readonly trajectories: TrajectoryAccessService,
    private readonly lifecycle: RoundLifecycle,
    private readonly audit: PulseAudit,
  ) {}

  /** The audit actor: the caller, with the request's origin address when the API passes it. */
  private actorOf(viewer: Viewer, ip: string | null): PulseAuditActor {
    return { userId: viewer.principal.userId, ip };
  }

  async create(viewer: Viewer, draft: SurveyDraft, ip: string | null = null): Promise<string> {
    await this.assertMayCreate(viewer, draft.trajectoryId);
    const built = buildQuestions(draft.templates, draft.customQuestions);
    const errors = 'errors' in built ? [...built.errors] : [];
    errors.push(...this.checkSettings(draft));
    const units = await this.checkAudience(draft.trajectoryId, draft.orgUnitIds, errors);
    if (errors.length || 'errors' in built) throw new ValidationError(errors);
    const fields: SurveyFields = {
      title: draft.title.trim(),
      description: draft.description.trim(),
      trajectoryId: draft.trajectoryId,
      phase: draft.phase,
      templates: [...new Set(draft.templates)].map((key) => ({
        key,
        version: template(key).version,
      })),
      questions: built.questions,
      dimensions: built.dimensions,
      k: draft.k,
      kComments: draft.kComments,
      recurrenceWeeks: draft.recurrenceWeeks,
      roundDays: draft.roundDays,
      nextRoundAt: draft.recurrenceWeeks ? (draft.firstRoundAt ?? new Date()) : null,
      reminders: draft.reminders,
      archivedAt: null,
      createdById: viewer.principal.userId,
    };
    return this.surveys.transaction(async (m) => {
      const id = await this.surveys.insert(m, fields, units);
      await this.audit.record(
        this.actorOf(viewer, ip),
        AuditAction.PULSE_SURVEY_CREATE,
        'pulse_survey',
        id,
        {
          trajectoryId: draft.trajectoryId,
          templates: fields.templates.map((t) => t.key),
          questions: fields.questions.length,
          audienceUnits: units.length,
          recurrenceWeeks: draft.recurrenceWeeks,
          k: draft.k,
          kComments: draft.kComments,
        },
        m,
      );
      return id;
    });
  }

  async update(
    viewer: Viewer,
    surveyId: string,
    changes: SurveyChanges,
    ip: string | null = null,
  ): Promise<void> {
    const { survey } = await this.access.manage(viewer, surveyId);
    const merged = { ...survey, ...changes };
    const errors = this.checkSettings({
      k: merged.k,
      kComments: merged.kComments,
      recurrenceWeeks: merged.recurrenceWeeks,
      roundDays: merged.roundDays,
    });
    const fields: Partial<SurveyFields> = {};
    if (changes.templates || changes.customQuestions) {
      const built = buildQuestions(
        changes.templates ?? (survey.templates.map((t) => t.key) as PulseTemplateKey[]),
        changes.customQuestions ?? customDrafts(survey),
      );
      if ('errors' in built) errors.push(...built.errors);
      else {
        fields.questions = built.questions;
        fields.dimensions = built.dimensions;
        if (changes.templates) {
          fields.templates = [...new Set(changes.templates)].map((key) => ({
            key,
            version: template(key).version,
          }));
        }
      }
    }
    const units = changes.orgUnitIds
      ? await this.checkAudience(survey.trajectoryId, changes.orgUnitIds, errors)
      : null;
    if (errors.length) throw new ValidationError(errors);
    if (changes.title !== undefined) fields.title = changes.title.trim();
    if (changes.description !== undefined) fields.description = changes.description.trim();
    if (changes.phase !== undefined) fields.phase = changes.phase;
    if (changes.k !== undefined) fields.k = changes.k;
    if (changes.kComments !== undefined) fields.kComments = changes.kComments;
    if (changes.roundDays !== undefined) fields.roundDays = changes.roundDays;
    if (changes.reminders !== undefined) fields.reminders = changes.reminders;
    if (changes.recurrenceWeeks !== undefined) {
      fields.recurrenceWeeks = changes.recurrenceWeeks;
      fields.nextRoundAt = changes.recurrenceWeeks
        ? (changes.nextRoundAt ?? survey.nextRoundAt ?? new Date())
        : null;
    } else if (changes.nextRoundAt !== undefined && survey.recurrenceWeeks) {
      fields.nextRoundAt = changes.nextRoundAt ?? new Date();
    }
    if (changes.archived !== undefined) fields.archivedAt = changes.archived ? new Date() : null;
    await this.surveys.transaction(async (m) => {
      await this.surveys.update(m, surveyId, fields);
      if (units) await this.surveys.replaceUnits(m, surveyId, units);
      // Field names only (and the thresholds, which are settings): never texts of questions.
      await this.audit.record(
        this.actorOf(viewer, ip),
        AuditAction.PULSE_SURVEY_UPDATE,
        'pulse_survey',
        surveyId,
        {
          changed: [...Object.keys(fields), ...(units ? ['orgUnitIds'] : [])].sort(),
          ...(fields.k !== undefined ? { k: fields.k } : {}),
          ...(fields.kComments !== undefined ? { kComments: fields.kComments } : {}),
          ...(fields.archivedAt !== undefined ? { archived: fields.archivedAt !== null } : {}),
        },
        m,
      );
    });
  }

  /**
   * A new round (one scheduled or open round at a time). Opening now (no `opensAt`, or one in the
   * past) fixes the audience at once; an audience below k is refused before anything is stored.
   */
  async schedule(
    viewer: Viewer,
    surveyId: string,
    opensAt: Date | null,
    closesAt: Date,
    ip: string | null = null,
  ): Promise<string> {
    const { survey } = await this.access.manage(viewer, surveyId);
    if (survey.archivedAt) throw precondition('SURVEY_ARCHIVED', 'The survey is archived');
    const start = opensAt && opensAt.getTime() > Date.now() ? opensAt : new Date();
    if (closesAt.getTime() <= start.getTime() + 60_000) {
      throw new ValidationError([
        { field: 'input.closesAt', code: 'CLOSES_TOO_EARLY', message: 'Close after it opens' },
      ]);
    }
    const { k } = thresholds(survey, this.config);
    const size = (await this.rounds.audienceOf(survey.orgUnitIds)).length;
    if (size < k) {
      throw precondition(
        'AUDIENCE_TOO_SMALL',
        `The audience has fewer than ${k} people: nobody could answer anonymously`,
      );
    }
    const roundId = await this.rounds.transaction(async (m) => {
      await this.surveys.lock(m, surveyId);
      if ((await this.rounds.scheduledOrOpen(m, surveyId)) > 0) {
        throw precondition('ROUND_IN_PROGRESS', 'The survey already has a scheduled or open round');
      }
      const round = await this.rounds.insert(m, surveyId, start, closesAt);
      await this.audit.record(
        this.actorOf(viewer, ip),
        AuditAction.PULSE_ROUND_SCHEDULE,
        'pulse_round',
        round.id,
        {
          surveyId,
          number: round.number,
          opensAt: start.toISOString(),
          closesAt: closesAt.toISOString(),
        },
        m,
      );
      return round.id;
    });
    if (start.getTime() <= Date.now()) await this.lifecycle.open(roundId);
    return roundId;
  }

  /** Closes an open round early (moves, seals, releases the results). */
  async close(viewer: Viewer, roundId: string, ip: string | null = null): Promise<string> {
    const round = await this.rounds.get(roundId);
    if (!round) throw new NotFoundError('Pulse round');
    await this.access.manage(viewer, round.surveyId).catch(() => {
      throw new NotFoundError('Pulse round');
    });
    if (round.state !== (PulseRoundState.OPEN as string)) {
      throw precondition('ROUND_NOT_OPEN', 'Only an open round can be closed', 'input.id');
    }
    await this.lifecycle.close(roundId, this.actorOf(viewer, ip));
    return round.surveyId;
  }

  private async assertMayCreate(viewer: Viewer, trajectoryId: string | null) {
    if (trajectoryId) {
      const t = await this.trajectories.of(viewer, trajectoryId);
      if (!t.visible) throw new NotFoundError('Trajectory');
    }
    if (!(await this.access.canManageTrajectorySurveys(viewer, trajectoryId))) {
      throw new ForbiddenError(
        trajectoryId
          ? 'Only the trajectory’s editors, moderators and admins create its surveys'
          : 'Only moderators and admins create organisation-wide surveys',
      );
    }
  }

  private checkSettings(s: {
    k?: number | null;
    kComments?: number | null;
    recurrenceWeeks?: number | null;
    roundDays?: number;
  }): FieldError[] {
    const errors: FieldError[] = [];
    if (s.k != null && s.k < K_FLOOR) {
      errors.push({ field: 'input.k', code: 'BELOW_FLOOR', message: `k is at least ${K_FLOOR}` });
    }
    const k = s.k ?? this.config.pulseK;
    if (s.kComments != null && (s.kComments < K_COMMENTS_FLOOR || s.kComments < k)) {
      errors.push({
        field: 'input.kComments',
        code: 'BELOW_FLOOR',
        message: `The comment threshold is at least ${K_COMMENTS_FLOOR} and at least k`,
      });
    }
    if (s.recurrenceWeeks && s.roundDays && s.roundDays > s.recurrenceWeeks * 7) {
      errors.push({
        field: 'input.roundDays',
        code: 'LONGER_THAN_RECURRENCE',
        message: 'A round must close before the next one opens',
      });
    }
    return errors;
  }

  /**
   * Audience units that exist; a trajectory survey asks only people who can see the trajectory
   * (its units, when it is not organisation-wide), and asks all of them by default.
   */
  private async checkAudience(
    trajectoryId: string | null,
    orgUnitIds: string[],
    errors: FieldError[],
  ): Promise<string[]> {
    const live = await this.surveys.liveUnits([...new Set(orgUnitIds)]);
    orgUnitIds.forEach((id, i) => {
      if (!live.some((u) => u.id === id)) {
        errors.push({
          field: `input.orgUnitIds[${i}]`,
          code: 'UNKNOWN_ORG_UNIT',
          message: 'No such unit',
        });
      }
    });
    if (!trajectoryId) return live.map((u) => u.id);
    const scope = await this.surveys.trajectoryScope(trajectoryId);
    if (!scope || scope.visibility === 'ORGANISATION' || !scope.units.length)
      return live.map((u) => u.id);
    if (!live.length) return scope.units.map((u) => u.id);
    live.forEach((u) => {
      if (!scope.units.some((t) => u.path.startsWith(t.path))) {
        errors.push({
          field: `input.orgUnitIds[${orgUnitIds.indexOf(u.id)}]`,
          code: 'OUTSIDE_TRAJECTORY',
          message: 'The unit is not among the people who can see the trajectory',
        });
      }
    });
    return live.map((u) => u.id);
  }
}

/** A survey's custom questions as drafts (to rebuild the list when only templates change). */
function customDrafts(survey: SurveyRecord): CustomQuestionDraft[] {
  return survey.questions
    .filter((q) => q.key.startsWith('custom.'))
    .map((q) => ({
      key: q.key,
      type: q.type,
      text: q.text,
      dimension:
        survey.dimensions.find((d) => d.key === q.dimension && d.key !== 'custom')?.name ?? null,
      lowLabel: q.lowLabel,
      highLabel: q.highLabel,
      options: q.options.map((o) => ({ label: o.label, favourable: o.favourable })),
    }));
}
