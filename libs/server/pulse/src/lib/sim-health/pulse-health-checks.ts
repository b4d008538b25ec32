import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { phaseNumber, SimHealthStatus, SimPhase, TrajectorySection } from '@inspraak/contracts';
import {
  SimHealthCheck,
  SimHealthContext,
  SimHealthEvaluation,
  SimHealthRegistry,
} from '@inspraak/server-trajectories';

interface RoundFact {
  survey_id: string;
  phase: string | null;
  state: string;
  quality_of_work: boolean;
  employee_experience: boolean;
}

const result = (
  status: SimHealthStatus,
  nl: string,
  en: string,
  itemId?: string,
): SimHealthEvaluation => ({
  status,
  evidence: { nl, en },
  link: { section: TrajectorySection.PULSE, ...(itemId ? { itemId } : {}) },
});

/** How long after a round closes its outcome may wait for an action before the check fails. */
export const REPORT_BACK_DAYS = 14;

const before = (phase: string | null, p: SimPhase) =>
  phase !== null && phaseNumber(phase as SimPhase) < phaseNumber(p);

/**
 * The SIM guidelines pulse data shows (counts of rounds only, never results or people):
 * - quality of work measured before the pilot (a round in phase 1–3) and during it (phase 4);
 * - the evaluation (phase 5) includes the employees' experience: a round in phase 5 asking about
 *   quality of work, readiness for change or adoption. Replaces the trajectories module's
 *   placeholder with the same id.
 */
@Injectable()
export class PulseHealthChecks implements OnModuleInit {
  constructor(
    private readonly registry: SimHealthRegistry,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit() {
    this.registry.register(this.beforeAndDuring());
    this.registry.register(this.evaluation(), { replace: true });
    this.registry.register(this.reportedBack());
  }

  /**
   * Closing the loop: every closed round of the trajectory's surveys was turned into at least
   * one action with a public response ("you said, we did"). Rounds closed less than
   * REPORT_BACK_DAYS ago are still within their time. Counts only.
   */
  private reportedBack(): SimHealthCheck {
    return {
      id: 'test.pulse-outcome-reported-back',
      phase: SimPhase.TEST,
      guideline: {
        nl: 'Koppel de uitkomsten van een pulsmeting terug: laat medewerkers zien wat er met hun antwoorden gebeurt (jullie zeiden, wij deden).',
        en: 'Report the outcome of a pulse survey back: show employees what is done with their answers (you said, we did).',
      },
      evaluate: async (trajectoryId) => {
        const rounds = await this.dataSource.query<
          { id: string; survey_id: string; recent: boolean; actions: number }[]
        >(
          `SELECT r.id, r.survey_id, r.closed_at > now() - make_interval(days => $2) AS recent,
                  (SELECT count(*)::int FROM pulse_action a JOIN input i ON i.id = a.id
                    WHERE a.round_id = r.id AND i.first_responded_at IS NOT NULL) AS actions
             FROM pulse_round r JOIN pulse_survey s ON s.id = r.survey_id
            WHERE s.trajectory_id = $1 AND r.state = 'CLOSED'
            ORDER BY r.closed_at`,
          [trajectoryId, REPORT_BACK_DAYS],
        );
        if (!rounds.length) {
          return result(
            SimHealthStatus.NOT_YET_MEASURABLE,
            'Er is nog geen gesloten pulsmeting om op terug te koppelen.',
            'There is no closed pulse survey round to report back on yet.',
          );
        }
        const reported = rounds.filter((r) => r.actions > 0);
        const late = rounds.filter((r) => r.actions === 0 && !r.recent);
        const waiting = rounds.filter((r) => r.actions === 0 && r.recent);
        if (late.length) {
          return result(
            SimHealthStatus.NOT_MET,
            `${late.length} van ${rounds.length} gesloten ronde(n) zonder actie of terugkoppeling na ${REPORT_BACK_DAYS} dagen.`,
            `${late.length} of ${rounds.length} closed round(s) without an action or report back after ${REPORT_BACK_DAYS} days.`,
            late[0].survey_id,
          );
        }
        if (!reported.length) {
          return result(
            SimHealthStatus.NOT_YET_MEASURABLE,
            `${waiting.length} ronde(n) net gesloten; koppel binnen ${REPORT_BACK_DAYS} dagen terug wat je ermee doet.`,
            `${waiting.length} round(s) just closed; report back within ${REPORT_BACK_DAYS} days what will be done.`,
            waiting[0].survey_id,
          );
        }
        return result(
          SimHealthStatus.MET,
          `Op ${reported.length} van ${rounds.length} gesloten ronde(n) is teruggekoppeld met een actie${waiting.length ? `; ${waiting.length} net gesloten` : ''}.`,
          `${reported.length} of ${rounds.length} closed round(s) reported back with an action${waiting.length ? `; ${waiting.length} just closed` : ''}.`,
          reported[reported.length - 1].survey_id,
        );
      },
    };
  }

  private facts(trajectoryId: string, ctx: SimHealthContext) {
    return ctx.once(`pulse-facts:${trajectoryId}`, async () => {
      const [t] = await this.dataSource.query<{ phase: string }[]>(
        'SELECT phase FROM trajectory WHERE id = $1',
        [trajectoryId],
      );
      // Rounds that were opened to employees (open or closed), with what they asked.
      const rounds = await this.dataSource.query<RoundFact[]>(
        `SELECT r.survey_id, r.phase, r.state,
                EXISTS (SELECT 1 FROM jsonb_array_elements(r.questions) q
                         WHERE q->>'dimension' = 'quality-of-work') AS quality_of_work,
                EXISTS (SELECT 1 FROM jsonb_array_elements(r.questions) q
                         WHERE q->>'dimension' IN ('quality-of-work', 'readiness', 'adoption'))
                  AS employee_experience
           FROM pulse_round r JOIN pulse_survey s ON s.id = r.survey_id
          WHERE s.trajectory_id = $1 AND r.state IN ('OPEN', 'CLOSED')
          ORDER BY r.opens_at`,
        [trajectoryId],
      );
      return { phase: t?.phase ?? null, rounds };
    });
  }

  private beforeAndDuring(): SimHealthCheck {
    return {
      id: 'test.quality-of-work-before-and-during',
      phase: SimPhase.TEST,
      guideline: {
        nl: 'Meet de kwaliteit van werk vóór en tijdens de pilot, zodat je het effect van de innovatie op het werk ziet.',
        en: 'Measure the quality of work before and during the pilot, to see what the innovation does to the work.',
      },
      evaluate: async (trajectoryId, ctx) => {
        const f = await this.facts(trajectoryId, ctx);
        const qow = f.rounds.filter((r) => r.quality_of_work);
        const baseline = qow.filter((r) => before(r.phase, SimPhase.TEST));
        const during = qow.filter((r) => r.phase === (SimPhase.TEST as string));
        if (!f.phase || before(f.phase, SimPhase.TEST)) {
          return baseline.length
            ? result(
                SimHealthStatus.NOT_YET_MEASURABLE,
                `Nulmeting gedaan (${baseline.length} ronde(n)); de meting tijdens de pilot volgt in fase 4.`,
                `Baseline measured (${baseline.length} round(s)); the measurement during the pilot follows in phase 4.`,
                baseline[0].survey_id,
              )
            : result(
                SimHealthStatus.NOT_YET_MEASURABLE,
                'Van toepassing vanaf fase 4; plan vóór de pilot een nulmeting kwaliteit van werk.',
                'Applies from phase 4; plan a quality-of-work baseline before the pilot.',
              );
        }
        if (baseline.length && during.length) {
          return result(
            SimHealthStatus.MET,
            `Kwaliteit van werk gemeten vóór (${baseline.length}) en tijdens (${during.length}) de pilot.`,
            `Quality of work measured before (${baseline.length}) and during (${during.length}) the pilot.`,
            during[0].survey_id,
          );
        }
        const missing = !baseline.length
          ? {
              nl: 'Er is geen meting vóór de pilot.',
              en: 'There is no measurement before the pilot.',
            }
          : {
              nl: 'Er is nog geen meting tijdens de pilot.',
              en: 'There is no measurement during the pilot yet.',
            };
        return result(SimHealthStatus.NOT_MET, missing.nl, missing.en, qow[0]?.survey_id);
      },
    };
  }

  private evaluation(): SimHealthCheck {
    return {
      id: 'implement.quality-of-work-pulse',
      phase: SimPhase.IMPLEMENT_AND_EVALUATE,
      guideline: {
        nl: 'De evaluatie omvat de ervaring van medewerkers: monitor en evalueer gezamenlijk, met kwaliteit van werk als centraal onderdeel (pulsmeting).',
        en: 'The evaluation includes the employees’ experience: monitor and evaluate jointly, with quality of work at the centre (pulse survey).',
      },
      evaluate: async (trajectoryId, ctx) => {
        const f = await this.facts(trajectoryId, ctx);
        if (!f.phase || before(f.phase, SimPhase.IMPLEMENT_AND_EVALUATE)) {
          return result(
            SimHealthStatus.NOT_YET_MEASURABLE,
            'Van toepassing vanaf fase 5.',
            'Applies from phase 5.',
          );
        }
        const inEvaluation = f.rounds.filter(
          (r) => r.employee_experience && r.phase === (SimPhase.IMPLEMENT_AND_EVALUATE as string),
        );
        return inEvaluation.length
          ? result(
              SimHealthStatus.MET,
              `${inEvaluation.length} pulsmeting(en) over de ervaring van medewerkers in fase 5.`,
              `${inEvaluation.length} pulse survey round(s) on the employees’ experience in phase 5.`,
              inEvaluation[0].survey_id,
            )
          : result(
              SimHealthStatus.NOT_MET,
              'Er is in fase 5 nog geen pulsmeting over kwaliteit van werk, veranderbereidheid of adoptie.',
              'No pulse survey on quality of work, readiness for change or adoption in phase 5 yet.',
            );
      },
    };
  }
}
