import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SimHealthStatus, SimPhase, TrajectorySection } from '@inspraak/contracts';
import {
  SimHealthCheck,
  SimHealthContext,
  SimHealthEvaluation,
  SimHealthRegistry,
} from '@inspraak/server-trajectories';

interface FeedbackFacts {
  target_days: number;
  inputs: number;
  answered: number;
  not_adopted: number;
  without_reason: number;
  without_reason_id: string | null;
  overdue: number;
  overdue_id: string | null;
}

const result = (
  status: SimHealthStatus,
  nl: string,
  en: string,
  itemId?: string | null,
): SimHealthEvaluation => ({
  status,
  evidence: { nl, en },
  link: { section: TrajectorySection.FEEDBACK, ...(itemId ? { itemId } : {}) },
});

/**
 * The SIM guidelines the feedback loop's data shows (FEEDBACK section): suggestions that were
 * not adopted were reported back with a reason (replacing the trajectories module's "not yet
 * measurable" placeholder with the same id), and no input waits past the response time target.
 * The challenge check "every idea in the closed challenge got feedback" lives with challenges.
 */
@Injectable()
export class FeedbackHealthChecks implements OnModuleInit {
  constructor(
    private readonly registry: SimHealthRegistry,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit() {
    this.registry.register(this.reasons(), { replace: true });
    this.registry.register(this.onTime());
  }

  private facts(trajectoryId: string, ctx: SimHealthContext): Promise<FeedbackFacts> {
    return ctx.once(`feedback-facts:${trajectoryId}`, async () => {
      const [row] = await this.dataSource.query<FeedbackFacts[]>(
        `SELECT t.response_target_days AS target_days,
           count(i.id) FILTER (WHERE i.status = 'ACTIVE' AND NOT i.hidden)::int AS inputs,
           count(i.id) FILTER (WHERE i.first_responded_at IS NOT NULL)::int AS answered,
           count(i.id) FILTER (WHERE i.feedback_status = 'NOT_ADOPTED')::int AS not_adopted,
           count(i.id) FILTER (WHERE i.feedback_status IN ('NOT_ADOPTED', 'MERGED')
             AND length(btrim(coalesce(i.feedback_text, ''))) = 0)::int AS without_reason,
           (array_agg(i.id ORDER BY i.created_at) FILTER (
             WHERE i.feedback_status IN ('NOT_ADOPTED', 'MERGED')
               AND length(btrim(coalesce(i.feedback_text, ''))) = 0))[1] AS without_reason_id,
           count(i.id) FILTER (WHERE i.status = 'ACTIVE' AND NOT i.hidden
             AND i.first_responded_at IS NULL AND i.feedback_due_at < now())::int AS overdue,
           (array_agg(i.id ORDER BY i.feedback_due_at) FILTER (
             WHERE i.status = 'ACTIVE' AND NOT i.hidden
               AND i.first_responded_at IS NULL AND i.feedback_due_at < now()))[1] AS overdue_id
         FROM trajectory t LEFT JOIN input i ON i.trajectory_id = t.id
         WHERE t.id = $1 GROUP BY t.id`,
        [trajectoryId],
      );
      return row;
    });
  }

  private reasons(): SimHealthCheck {
    return {
      id: 'prepare.feedback-on-input',
      phase: SimPhase.PREPARE,
      guideline: {
        nl: 'Geef aandacht aan communicatie en transparantie: koppel altijd terug wat er met suggesties is gedaan, ook als ze niet zijn overgenomen.',
        en: 'Communicate openly: always report back what was done with suggestions, especially when they were not adopted.',
      },
      evaluate: async (trajectoryId, ctx) => {
        const f = await this.facts(trajectoryId, ctx);
        if (!f || f.answered === 0) {
          return result(
            SimHealthStatus.NOT_YET_MEASURABLE,
            'Er is nog op geen enkele inbreng gereageerd.',
            'No input has been answered yet.',
          );
        }
        if (f.without_reason > 0) {
          return result(
            SimHealthStatus.NOT_MET,
            `${f.without_reason} niet overgenomen of samengevoegde inbreng(en) zonder reden.`,
            `${f.without_reason} input(s) not adopted or merged without a reason.`,
            f.without_reason_id,
          );
        }
        return result(
          SimHealthStatus.MET,
          `${f.answered} inbreng(en) kregen een reactie; ${f.not_adopted} niet overgenomen, elk met een reden.`,
          `${f.answered} input(s) were answered; ${f.not_adopted} not adopted, each with a reason.`,
        );
      },
    };
  }

  private onTime(): SimHealthCheck {
    return {
      id: 'generate.feedback-on-time',
      phase: SimPhase.GENERATE,
      guideline: {
        nl: 'Reageer binnen de afgesproken termijn op inbreng: wie lang niets hoort, haakt af.',
        en: 'Answer input within the agreed response time: people who hear nothing drop out.',
      },
      evaluate: async (trajectoryId, ctx) => {
        const f = await this.facts(trajectoryId, ctx);
        if (!f || f.inputs === 0) {
          return result(
            SimHealthStatus.NOT_YET_MEASURABLE,
            'Er is nog geen inbreng.',
            'There is no input yet.',
          );
        }
        if (f.overdue > 0) {
          return result(
            SimHealthStatus.NOT_MET,
            `${f.overdue} inbreng(en) wachten langer dan ${f.target_days} werkdagen op een eerste reactie.`,
            `${f.overdue} input(s) have waited more than ${f.target_days} working days for a first response.`,
            f.overdue_id,
          );
        }
        return result(
          SimHealthStatus.MET,
          `Geen inbreng wacht langer dan ${f.target_days} werkdagen op een reactie.`,
          `No input has waited more than ${f.target_days} working days for a response.`,
        );
      },
    };
  }
}
