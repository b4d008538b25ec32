import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  ChallengeState,
  phaseNumber,
  SimHealthStatus,
  SimPhase,
  TrajectorySection,
} from '@inspraak/contracts';
import {
  SimHealthCheck,
  SimHealthContext,
  SimHealthEvaluation,
  SimHealthRegistry,
} from '@inspraak/server-trajectories';

interface ChallengeFacts {
  phase: string | null;
  challenges: { id: string; phase: string; state: string; ideas: number; unanswered: number }[];
}

const result = (
  status: SimHealthStatus,
  nl: string,
  en: string,
  itemId?: string,
): SimHealthEvaluation => ({
  status,
  evidence: { nl, en },
  link: { section: TrajectorySection.CHALLENGES, ...(itemId ? { itemId } : {}) },
});

/** Challenges that were opened to employees at some point. */
const opened = (c: { state: string }) => c.state !== (ChallengeState.DRAFT as string);

/**
 * The SIM guidelines challenge data shows: employees were invited to bring in ideas in phase 2,
 * and every idea of a closed challenge got feedback (a status after RECEIVED, which always comes
 * with a public text). The second replaces the
 * trajectories module's "not yet measurable" placeholder with the same id.
 */
@Injectable()
export class ChallengeHealthChecks implements OnModuleInit {
  constructor(
    private readonly registry: SimHealthRegistry,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit() {
    this.registry.register(this.invited());
    this.registry.register(this.feedback(), { replace: true });
  }

  private facts(trajectoryId: string, ctx: SimHealthContext): Promise<ChallengeFacts> {
    return ctx.once(`challenge-facts:${trajectoryId}`, async () => {
      const [t] = await this.dataSource.query<{ phase: string }[]>(
        'SELECT phase FROM trajectory WHERE id = $1',
        [trajectoryId],
      );
      const challenges = await this.dataSource.query<ChallengeFacts['challenges']>(
        `SELECT c.id, c.phase, c.state,
           count(i.id) FILTER (WHERE i.status = 'ACTIVE' AND NOT i.hidden)::int AS ideas,
           count(i.id) FILTER (WHERE i.status = 'ACTIVE' AND NOT i.hidden
                               AND i.first_responded_at IS NULL)::int AS unanswered
         FROM challenge c LEFT JOIN input i ON i.container_id = c.id
         WHERE c.trajectory_id = $1
         GROUP BY c.id ORDER BY c.created_at`,
        [trajectoryId],
      );
      return { phase: t?.phase ?? null, challenges };
    });
  }

  private invited(): SimHealthCheck {
    return {
      id: 'generate.employees-invited',
      phase: SimPhase.GENERATE,
      guideline: {
        nl: 'Nodig in fase 2 medewerkers uit om ideeën aan te dragen: zij kennen het werk het best.',
        en: 'In phase 2, invite employees to bring in ideas: they know the work best.',
      },
      evaluate: async (trajectoryId, ctx) => {
        const f = await this.facts(trajectoryId, ctx);
        const inGenerate = f.challenges.filter(
          (c) => opened(c) && c.phase === (SimPhase.GENERATE as string),
        );
        if (inGenerate.length) {
          const ideas = inGenerate.reduce((n, c) => n + c.ideas, 0);
          return result(
            SimHealthStatus.MET,
            `${inGenerate.length} challenge(s) in fase 2 met ${ideas} idee(ën) van medewerkers.`,
            `${inGenerate.length} challenge(s) in phase 2 with ${ideas} idea(s) from employees.`,
            inGenerate[0].id,
          );
        }
        if (!f.phase || phaseNumber(f.phase as SimPhase) < phaseNumber(SimPhase.GENERATE)) {
          return result(
            SimHealthStatus.NOT_YET_MEASURABLE,
            'Van toepassing vanaf fase 2.',
            'Applies from phase 2.',
          );
        }
        return result(
          SimHealthStatus.NOT_MET,
          'Er is in fase 2 nog geen ideeënchallenge voor medewerkers geopend.',
          'No idea challenge has been opened to employees in phase 2 yet.',
        );
      },
    };
  }

  private feedback(): SimHealthCheck {
    return {
      id: 'generate.challenge-feedback',
      phase: SimPhase.GENERATE,
      guideline: {
        nl: 'Elk idee in de gesloten challenge kreeg een reactie: ook afvallers horen dat hun idee serieus is genomen.',
        en: 'Every idea in the closed challenge got feedback: losers too learn their idea was taken seriously.',
      },
      evaluate: async (trajectoryId, ctx) => {
        const f = await this.facts(trajectoryId, ctx);
        const closed = f.challenges.filter((c) => c.state === (ChallengeState.CLOSED as string));
        const inReview = f.challenges.filter((c) => c.state === (ChallengeState.REVIEW as string));
        if (!closed.length) {
          return result(
            SimHealthStatus.NOT_YET_MEASURABLE,
            'Er is nog geen gesloten challenge.',
            'No challenge has closed yet.',
          );
        }
        const ideas = closed.reduce((n, c) => n + c.ideas, 0);
        const waiting = [...closed, ...inReview].filter((c) => c.unanswered > 0);
        if (waiting.length) {
          const n = waiting.reduce((s, c) => s + c.unanswered, 0);
          return result(
            SimHealthStatus.NOT_MET,
            `${n} idee(ën) wachten nog op een reactie.`,
            `${n} idea(s) still wait for a response.`,
            waiting[0].id,
          );
        }
        return result(
          SimHealthStatus.MET,
          `Alle ${ideas} ideeën van ${closed.length} gesloten challenge(s) kregen een reactie.`,
          `All ${ideas} ideas of ${closed.length} closed challenge(s) got a response.`,
          closed[0].id,
        );
      },
    };
  }
}
