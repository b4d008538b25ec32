import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditAction } from '@inspraak/contracts';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { NotificationEvents } from '@inspraak/server-notifications';
import { PulseAudit, PulseAuditActor } from '../actions/pulse-audit';
import { audienceUnits } from '../anonymity/audience';
import { ROOT } from '../anonymity/suppression';
import { PulseRoundEntity } from '../entities/pulse.entities';
import { PulseRoundState, RoundRepository } from '../repositories/round.repository';
import { SurveyRecord, SurveyRepository } from '../repositories/survey.repository';
import { PulseMover } from './mover.service';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

/** The floors of anonymity.md: never below these, whatever a survey or the configuration says. */
export const K_FLOOR = 3;
export const K_COMMENTS_FLOOR = 5;

/** Thresholds a round opens with: the survey's, else the configured defaults; floors enforced. */
export function thresholds(
  survey: { k: number | null; kComments: number | null },
  config: AppConfig,
) {
  const k = Math.max(K_FLOOR, survey.k ?? config.pulseK);
  const kComments = Math.max(K_COMMENTS_FLOOR, k, survey.kComments ?? config.pulseKComments);
  return { k, kComments };
}

/**
 * One reminder: two days before the close, or halfway for rounds shorter than four days; none
 * when that moment is already past.
 */
export function reminderAt(openedAt: Date, closesAt: Date): Date | null {
  const span = closesAt.getTime() - openedAt.getTime();
  const at = new Date(Math.max(openedAt.getTime() + span / 2, closesAt.getTime() - 2 * DAY_MS));
  return at.getTime() > openedAt.getTime() && at < closesAt ? at : null;
}

export type OpenOutcome = 'opened' | 'too-small' | 'not-scheduled';

/**
 * Opening, closing, recurrence and reminders of rounds, for the schedule (worker) and the API
 * alike. Each step is one transaction with the round (or survey) row locked and checks the state
 * first, so reruns and concurrent workers do nothing twice.
 */
@Injectable()
export class RoundLifecycle {
  private readonly logger = new Logger('PulseRounds');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly rounds: RoundRepository,
    private readonly surveys: SurveyRepository,
    private readonly mover: PulseMover,
    private readonly events: NotificationEvents,
    private readonly audit: PulseAudit,
  ) {}

  /**
   * Opens a scheduled round: fixes questions and thresholds, snapshots the audience (who is asked,
   * and per unit how many, with each unit's reporting unit) and invites the audience. An audience
   * smaller than k cancels the round (nobody could answer anonymously). The demo seed opens
   * without inviting.
   */
  async open(roundId: string, opts: { notify?: boolean } = {}): Promise<OpenOutcome> {
    let eventId: string | null = null;
    const outcome = await this.rounds.transaction(async (m): Promise<OpenOutcome> => {
      const round = await this.rounds.lock(m, roundId);
      if (!round || round.state !== (PulseRoundState.SCHEDULED as string)) return 'not-scheduled';
      const survey = await this.surveys.get(round.surveyId, m);
      if (!survey) return 'not-scheduled';
      const { k, kComments } = thresholds(survey, this.config);
      const audience = await this.rounds.audienceOf(survey.orgUnitIds, m);
      const now = new Date();
      if (audience.length < k) {
        await this.rounds.update(m, roundId, {
          state: PulseRoundState.CANCELLED,
          openedAt: now,
          closedAt: now,
          k,
          kComments,
          audienceSize: audience.length,
        });
        return 'too-small';
      }
      const perUnit = new Map<string, number>();
      for (const a of audience) {
        const u = a.org_unit_id ?? ROOT;
        perUnit.set(u, (perUnit.get(u) ?? 0) + 1);
      }
      const units = audienceUnits(await this.rounds.unitTree(m), perUnit, k);
      const reporting = new Map(units.map((u) => [u.orgUnitId, u.reportingUnitId]));
      await this.rounds.insertSnapshot(
        m,
        roundId,
        units,
        audience.map((a) => ({
          userId: a.user_id,
          orgUnitId: a.org_unit_id,
          reportingUnitId: a.org_unit_id ? (reporting.get(a.org_unit_id) ?? ROOT) : ROOT,
        })),
      );
      await this.rounds.update(m, roundId, {
        state: PulseRoundState.OPEN,
        openedAt: now,
        phase: survey.phase ?? (await this.trajectoryPhase(m, survey)),
        k,
        kComments,
        questions: survey.questions,
        dimensions: survey.dimensions,
        audienceSize: audience.length,
        remindAt: survey.reminders ? reminderAt(now, round.closesAt) : null,
      });
      if (opts.notify === false) return 'opened';
      eventId = await this.events.emit(m, {
        type: 'pulse.invitation',
        key: `pulse-invitation:${roundId}`,
        subjectKind: 'pulse-round',
        subjectId: roundId,
        trajectoryId: survey.trajectoryId,
        data: roundData(survey, round),
        actorId: null,
      });
      return 'opened';
    });
    if (eventId) await this.events.dispatch([eventId]);
    if (outcome === 'too-small') {
      this.logger.warn(`round ${roundId}: cancelled, the audience is smaller than k`);
    }
    return outcome;
  }

  /**
   * Closes (moves everything, seals, stores tallies); see PulseMover.close. The audit event
   * (`actor` null: the schedule closed it at `closes_at`) is written after the seal, in its own
   * transaction: the seal's transaction writes nothing but the round's rows.
   */
  async close(roundId: string, actor: PulseAuditActor | null = null): Promise<boolean> {
    const closed = await this.mover.close(roundId);
    if (closed) {
      const round = await this.rounds.get(roundId);
      await this.audit.record(actor, AuditAction.PULSE_ROUND_CLOSE, 'pulse_round', roundId, {
        surveyId: round?.surveyId ?? null,
        number: round?.number ?? null,
        automatic: actor === null,
      });
    }
    return closed;
  }

  /** The next round of a recurring survey, if due: created and opened (one per period). */
  async recur(surveyId: string): Promise<string | null> {
    const roundId = await this.surveys.transaction(async (m) => {
      const s = await this.surveys.lock(m, surveyId);
      if (!s || !s.recurrenceWeeks || s.archivedAt || !s.nextRoundAt) return null;
      const now = Date.now();
      if (s.nextRoundAt.getTime() > now) return null;
      // After a long outage the missed periods are skipped: one round now, the next one on time.
      let next = s.nextRoundAt.getTime();
      while (next <= now) next += s.recurrenceWeeks * WEEK_MS;
      await this.surveys.update(m, surveyId, { nextRoundAt: new Date(next) });
      if ((await this.rounds.scheduledOrOpen(m, surveyId)) > 0) return null;
      const round = await this.rounds.insert(
        m,
        surveyId,
        new Date(now),
        new Date(now + s.roundDays * DAY_MS),
      );
      return round.id;
    });
    if (roundId) await this.open(roundId);
    return roundId;
  }

  /** The one reminder of a round, to those who have not answered (resolved at fan-out). */
  async remind(roundId: string): Promise<boolean> {
    let eventId: string | null = null;
    await this.rounds.transaction(async (m) => {
      const round = await this.rounds.lock(m, roundId);
      if (!round || round.state !== (PulseRoundState.OPEN as string) || round.remindedAt) return;
      const survey = await this.surveys.get(round.surveyId, m);
      if (!survey) return;
      await this.rounds.update(m, roundId, { remindedAt: new Date() });
      eventId = await this.events.emit(m, {
        type: 'pulse.reminder',
        key: `pulse-reminder:${roundId}`,
        subjectKind: 'pulse-round',
        subjectId: roundId,
        trajectoryId: survey.trajectoryId,
        data: roundData(survey, round),
        actorId: null,
      });
    });
    if (eventId) await this.events.dispatch([eventId]);
    return eventId !== null;
  }

  /**
   * The schedule's work, each step on its own so one failing round does not block the rest:
   * recurring rounds, opening, closing, reminders, and moving what is pending (a safety net for
   * move jobs that were lost).
   */
  async tick(): Promise<{ opened: number; closed: number; reminded: number; moved: number }> {
    const out = { opened: 0, closed: 0, reminded: 0, moved: 0 };
    for (const id of await this.surveys.dueRecurring()) await this.safely(id, () => this.recur(id));
    for (const id of await this.rounds.dueToOpen()) {
      if ((await this.safely(id, () => this.open(id))) === 'opened') out.opened++;
    }
    for (const id of await this.rounds.dueToClose()) {
      if (await this.safely(id, () => this.close(id))) out.closed++;
    }
    for (const id of await this.rounds.dueReminders()) {
      if (await this.safely(id, () => this.remind(id))) out.reminded++;
    }
    for (const id of await this.rounds.openWithPending()) {
      out.moved += (await this.safely(id, () => this.mover.move(id)))?.moved ?? 0;
    }
    return out;
  }

  /** Runs one step; a failure is logged (ids only) and retried by the next tick. */
  private async safely<T>(id: string, work: () => Promise<T>): Promise<T | null> {
    try {
      return await work();
    } catch (e) {
      this.logger.error(`pulse work on ${id} failed: ${(e as Error).message}`);
      return null;
    }
  }

  private async trajectoryPhase(m: EntityManager, survey: SurveyRecord): Promise<string | null> {
    if (!survey.trajectoryId) return null;
    const scope = await this.surveys.trajectoryScope(survey.trajectoryId, m);
    return scope?.phase ?? null;
  }
}

/** What notifications about a round show: no answers, no people. */
function roundData(survey: SurveyRecord, round: PulseRoundEntity): Record<string, unknown> {
  return {
    surveyId: survey.id,
    surveyTitle: survey.title,
    roundNumber: round.number,
    closesAt: round.closesAt.toISOString(),
  };
}
