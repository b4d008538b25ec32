import { Injectable } from '@nestjs/common';
import { Viewer } from '@inspraak/server-trajectories';
import { RoundRepository } from '../repositories/round.repository';
import { SurveyRepository } from '../repositories/survey.repository';
import { PulseAccessService, SurveyAccess } from '../services/pulse-access.service';

/** What one caller may do with the actions of one round. */
export interface RoundActionAccess {
  roundId: string;
  /** May see the round's results, and so its actions (owners, managers in scope, the asked). */
  resultsVisible: boolean;
  /** Survey owner: creates and changes actions and answers them in the feedback loop. */
  canManage: boolean;
  survey: SurveyAccess['survey'] | null;
}

/** The rule "actions are seen by exactly those who may see the round's results", in one place. */
@Injectable()
export class PulseActionAccess {
  constructor(
    private readonly rounds: RoundRepository,
    private readonly surveys: SurveyRepository,
    private readonly access: PulseAccessService,
  ) {}

  /** The same decision as `PulseResults.scope`: manage, manager overlap, or asked in the round. */
  static decide(a: SurveyAccess, roundId: string) {
    return {
      resultsVisible: a.canManage || a.managerOverlap || a.memberOfRounds.has(roundId),
      canManage: a.canManage,
    };
  }

  async ofRounds(viewer: Viewer, roundIds: string[]): Promise<Map<string, RoundActionAccess>> {
    const out = new Map<string, RoundActionAccess>();
    const bySurvey = new Map<string, SurveyAccess>();
    for (const roundId of roundIds) {
      const round = await this.rounds.get(roundId);
      if (!round) continue;
      let a = bySurvey.get(round.surveyId);
      if (!a) {
        const survey = await this.surveys.get(round.surveyId);
        if (!survey) continue;
        a = await this.access.ofSurvey(viewer, survey);
        bySurvey.set(survey.id, a);
      }
      out.set(roundId, { roundId, survey: a.survey, ...PulseActionAccess.decide(a, roundId) });
    }
    return out;
  }

  async ofRound(viewer: Viewer, roundId: string): Promise<RoundActionAccess | null> {
    return (await this.ofRounds(viewer, [roundId])).get(roundId) ?? null;
  }
}
