import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FeedbackStatus, GlobalRole, SimPhase } from '@inspraak/contracts';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { PulseActions } from '../actions/pulse-actions.service';
import { ROOT } from '../anonymity/suppression';
import { VoterKeys } from '../anonymity/voter-keys';
import { AnswerRepository } from '../repositories/answer.repository';
import { RoundRepository } from '../repositories/round.repository';
import { SurveyRepository } from '../repositories/survey.repository';
import { PulseMover } from '../services/mover.service';
import { RoundLifecycle } from '../services/round-lifecycle.service';
import { buildQuestions } from '../templates/build-questions';
import { PulseQuestionType } from '../templates/questions';
import { PulseTemplateKey, template } from '../templates/templates';

/** Any constant: one pulse seeding at a time across processes. */
const SEED_LOCK_KEY = 724_151_121;
const DAY = 86_400_000;

export const DEMO_PULSE_TITLE = 'Kwaliteit van werk bij parkeerhandhaving';
const TRAJECTORY = 'Scanauto en deskcontrole bij parkeerhandhaving';

/**
 * Who answered the demo's closed round, per team: enough in two teams to show them, too few in
 * one so that it is hidden — and, by complementary suppression, its sibling with it.
 */
const CLOSED_ROUND_ANSWERS: Record<string, number> = {
  'Team Parkeerhandhaving': 8,
  'Team Toezicht Openbare Ruimte': 3,
  'Team Data en Informatie': 7,
};
const OPEN_ROUND_ANSWERS: Record<string, number> = { 'Team Parkeerhandhaving': 6 };

const COMMENTS = [
  'Meer tijd voor overleg met het team.',
  'De handheld loopt vaak vast, dat kost veel tijd.',
  'Fijn dat we mee mogen denken over de scanauto.',
  'Minder losse diensten in het weekend.',
  'Betere uitleg van nieuwe regels voordat ze ingaan.',
  'Meer afwisseling tussen straat en kantoor.',
  'Een opleiding voor de deskcontrole.',
  'Duidelijkere afspraken bij agressie op straat.',
  'Vaker terugkoppeling over wat er met onze ideeën gebeurt.',
  'Goede sfeer in het team, dat wil ik zo houden.',
  'Minder administratie na een controle.',
  'Meer ruimte om zelf de route te bepalen.',
  'Het rooster komt vaak te laat.',
  'Laat ons de pilot echt mee evalueren.',
];

/** A small deterministic generator: the demo looks the same on every seed. */
function generator(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Seeds the demo pulse survey of the parking case (quality of work + eNPS): a closed round in
 * phase 3 (the baseline before the pilot) whose results show some units and hide others, and an
 * open round in phase 4 that the demo employee (Team Parkeerhandhaving) can answer. Answers go in
 * exactly as real ones do — pending rows keyed by the voter hash, moved and sealed by the mover —
 * and nobody is notified (no mail storm from a seed).
 */
@Injectable()
export class PulseSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('PulseSeed');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly surveys: SurveyRepository,
    private readonly rounds: RoundRepository,
    private readonly answers: AnswerRepository,
    private readonly lifecycle: RoundLifecycle,
    private readonly mover: PulseMover,
    private readonly keys: VoterKeys,
    private readonly actions: PulseActions,
  ) {}

  async onApplicationBootstrap() {
    if (!this.config.seedDemo || this.config.isProduction) return;
    const plan = await this.surveys.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
      const [{ n }] = await m.query<{ n: number }[]>('SELECT count(*)::int AS n FROM pulse_survey');
      if (n > 0) return null;
      const [t] = await m.query<{ id: string; owner_id: string }[]>(
        'SELECT id, owner_id FROM trajectory WHERE title = $1',
        [TRAJECTORY],
      );
      if (!t) return null;
      const units = await m.query<{ id: string }[]>(
        'SELECT org_unit_id AS id FROM trajectory_org_unit WHERE trajectory_id = $1',
        [t.id],
      );
      const built = buildQuestions([PulseTemplateKey.QUALITY_OF_WORK, PulseTemplateKey.ENPS], []);
      if ('errors' in built) return null;
      const now = Date.now();
      const surveyId = await this.surveys.insert(
        m,
        {
          title: DEMO_PULSE_TITLE,
          description:
            'Elke vier weken vijf minuten: hoe ervaar je je werk, voor en tijdens de pilot met de scanauto?',
          trajectoryId: t.id,
          phase: null,
          templates: [PulseTemplateKey.QUALITY_OF_WORK, PulseTemplateKey.ENPS].map((key) => ({
            key,
            version: template(key).version,
          })),
          questions: built.questions,
          dimensions: built.dimensions,
          k: null,
          kComments: null,
          recurrenceWeeks: 4,
          roundDays: 14,
          nextRoundAt: new Date(now + 26 * DAY),
          reminders: true,
          archivedAt: null,
          createdById: t.owner_id,
        },
        units.map((u) => u.id),
      );
      const closed = await this.rounds.insert(
        m,
        surveyId,
        new Date(now - 60 * DAY),
        new Date(now - 46 * DAY),
      );
      const open = await this.rounds.insert(
        m,
        surveyId,
        new Date(now - 2 * DAY),
        new Date(now + 12 * DAY),
      );
      return { closed: closed.id, open: open.id, ownerId: t.owner_id };
    });
    if (!plan) return;
    await this.lifecycle.open(plan.closed, { notify: false });
    await this.answer(plan.closed, CLOSED_ROUND_ANSWERS, 1);
    await this.mover.close(plan.closed);
    await this.backdate(plan.closed, SimPhase.SELECT, true);
    await this.closeTheLoop(plan.closed, plan.ownerId);
    await this.lifecycle.open(plan.open, { notify: false });
    await this.answer(plan.open, OPEN_ROUND_ANSWERS, 2);
    await this.mover.move(plan.open);
    await this.backdate(plan.open, SimPhase.TEST, false);
    this.logger.log('seeded the demo pulse survey');
  }

  /** Directory people (no password: they never sign in) answer, the same way a submit stores it. */
  private async answer(roundId: string, perTeam: Record<string, number>, seed: number) {
    const next = generator(seed);
    const round = (await this.rounds.get(roundId))!;
    let comment = 0;
    await this.answers.transaction(async (m) => {
      for (const [team, count] of Object.entries(perTeam)) {
        const people = await m.query<{ user_id: string; reporting_unit_id: string | null }[]>(
          `SELECT rm.user_id, rm.reporting_unit_id FROM pulse_round_member rm
             JOIN app_user u ON u.id = rm.user_id JOIN org_unit ou ON ou.id = rm.org_unit_id
            WHERE rm.round_id = $1 AND ou.name = $2 AND u.password_hash IS NULL
            ORDER BY u.email LIMIT $3`,
          [roundId, team, count],
        );
        for (const p of people) {
          const answers: Record<string, number> = {};
          for (const q of round.questions ?? []) {
            if (q.type === PulseQuestionType.SCALE_5) answers[q.key] = 2 + Math.floor(next() * 4);
            if (q.type === PulseQuestionType.SCALE_11) answers[q.key] = 4 + Math.floor(next() * 7);
          }
          const texts =
            next() < 0.8
              ? [{ questionKey: 'qow.comment', text: COMMENTS[comment++ % COMMENTS.length] }]
              : [];
          await this.answers.insertPending(m, {
            roundId,
            voterHash: this.keys.voterHash(roundId, p.user_id),
            keyHash: this.keys.submitHash(roundId, p.user_id, `seed-${roundId}`),
            reportingUnitId: p.reporting_unit_id ?? ROOT,
            answers,
            texts,
          });
        }
      }
    });
  }

  /** Puts the round's dates where the story has them and sets its SIM phase. */
  /** The trajectory owner answers the closed round's outcome with an action (closing the loop). */
  private async closeTheLoop(roundId: string, ownerId: string) {
    const [owner] = await this.dataSource.query<{ role: GlobalRole }[]>(
      'SELECT role FROM app_user WHERE id = $1',
      [ownerId],
    );
    if (!owner) return;
    await this.actions.create(
      {
        principal: { userId: ownerId, role: owner.role, sessionId: 'demo-seed' },
        origin: { ip: null, userAgent: 'demo seed' },
      },
      {
        roundId,
        title: 'Meer tijd per scanroute tijdens de pilot',
        description:
          'Jullie gaven aan dat er te weinig tijd is om het werk goed te doen. Tijdens de pilot plannen we per dienst één scanroute minder, zodat er tijd is om meldingen van de scanauto rustig af te handelen. Na vier weken kijken we samen of dat genoeg is.',
        dimension: 'quality-of-work',
        questionKey: 'qow.workload',
        status: FeedbackStatus.PLANNED,
        idempotencyKey: null,
      },
    );
  }

  private async backdate(roundId: string, phase: SimPhase, closed: boolean) {
    await this.dataSource.query(
      `UPDATE pulse_round SET opened_at = opens_at, phase = $2,
              closed_at = CASE WHEN $3 THEN closes_at ELSE NULL END,
              remind_at = CASE WHEN $3 THEN NULL ELSE closes_at - interval '2 days' END
        WHERE id = $1`,
      [roundId, phase, closed],
    );
  }
}
