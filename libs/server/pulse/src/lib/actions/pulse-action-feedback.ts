import { Injectable, Module, OnModuleInit } from '@nestjs/common';
import { InputKind } from '@inspraak/contracts';
import {
  FeedbackCoreModule,
  FeedbackInputRow,
  FeedbackKindDefinition,
  FeedbackKindRegistry,
  FeedbackTargetAccess,
  FeedbackTargetDescription,
  FeedbackTargetProvider,
} from '@inspraak/server-feedback';
import { Viewer } from '@inspraak/server-trajectories';
import { PulseActionRepository } from './pulse-action.repository';
import { PulseActionAccess } from './pulse-action-access';

/** The web path of an action: the results page of the round it answers. */
export const pulseActionPath = (roundId: string) => `/puls/resultaten/${roundId}`;

/**
 * Pulse actions as a kind of input for the feedback loop, the part every process needs. The
 * audience is who may see the round's results (docs/pulse.md, "who sees what"): everyone the
 * round asked (its audience snapshot — never who answered), moderators and admins (survey
 * owners where they can see the trajectory, which the feedback loop checks around this),
 * managers whose units overlap the survey's audience (no audience units: everyone). The
 * trajectory's team passes the loop's own team rule; the provider has the last word per input.
 */
export const PULSE_ACTION_FEEDBACK_KIND: FeedbackKindDefinition = {
  kind: InputKind.PULSE_ACTION,
  noun: { nl: 'de actie', en: 'action' },
  audienceSql: (i, uid) =>
    `(EXISTS (SELECT 1 FROM pulse_round_member fpm
               WHERE fpm.round_id = ${i}.container_id AND fpm.user_id = ${uid})
      OR EXISTS (SELECT 1 FROM app_user fpu
                  WHERE fpu.id = ${uid} AND fpu.role IN ('MODERATOR', 'ADMIN'))
      OR EXISTS (SELECT 1 FROM app_user fpu
                   JOIN manager_scope fms ON fms.user_id = fpu.id
                   JOIN org_unit fmu ON fmu.id = fms.org_unit_id
                   JOIN pulse_round fpr ON fpr.id = ${i}.container_id
                  WHERE fpu.id = ${uid} AND fpu.role = 'MANAGER'
                    AND (NOT EXISTS (SELECT 1 FROM pulse_survey_org_unit fso
                                      WHERE fso.survey_id = fpr.survey_id)
                         OR EXISTS (SELECT 1 FROM pulse_survey_org_unit fso
                                      JOIN org_unit fau ON fau.id = fso.org_unit_id
                                     WHERE fso.survey_id = fpr.survey_id
                                       AND (fau.path LIKE fmu.path || '%'
                                            OR fmu.path LIKE fau.path || '%')))))`,
  path: (_inputId: string, roundId: string) => pulseActionPath(roundId),
};

@Injectable()
class PulseActionFeedbackKind implements OnModuleInit {
  constructor(private readonly registry: FeedbackKindRegistry) {}

  onModuleInit() {
    this.registry.define(PULSE_ACTION_FEEDBACK_KIND);
  }
}

/**
 * Defines the pulse action kind for the feedback loop: in the API (with PulseModule) and in the
 * worker (through PulseJobsModule), whose notification fan-out asks who may still see an action.
 */
@Module({ imports: [FeedbackCoreModule], providers: [PulseActionFeedbackKind] })
export class PulseActionFeedbackKindModule {}

/**
 * The API side of pulse actions in the feedback loop: visible to exactly those who may see the
 * round's results; answered (status, response, merge) by the survey's owners.
 */
@Injectable()
export class PulseActionFeedbackTarget implements FeedbackTargetProvider, OnModuleInit {
  readonly kind = InputKind.PULSE_ACTION;

  constructor(
    private readonly registry: FeedbackKindRegistry,
    private readonly roundAccess: PulseActionAccess,
    private readonly actions: PulseActionRepository,
  ) {}

  onModuleInit() {
    this.registry.provide(this);
  }

  async access(
    viewer: Viewer,
    rows: readonly FeedbackInputRow[],
  ): Promise<Map<string, FeedbackTargetAccess>> {
    const rounds = await this.roundAccess.ofRounds(viewer, [
      ...new Set(rows.map((r) => r.containerId)),
    ]);
    return new Map(
      rows.map((r) => {
        const a = rounds.get(r.containerId);
        return [r.id, { visible: a?.resultsVisible ?? false, canRespond: a?.canManage ?? false }];
      }),
    );
  }

  async describe(
    rows: readonly FeedbackInputRow[],
  ): Promise<Map<string, FeedbackTargetDescription>> {
    const titles = await this.actions.surveyTitles([...new Set(rows.map((r) => r.containerId))]);
    return new Map(
      rows.map((r) => [
        r.id,
        { containerTitle: titles.get(r.containerId) ?? '', path: pulseActionPath(r.containerId) },
      ]),
    );
  }
}
