import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ValuationRatingEntity } from '../entities/impact.entity';
import { AnalysisRepository } from '../repositories/analysis.repository';
import { ImpactRepository } from '../repositories/impact.repository';
import { TrajectoryRepository } from '../repositories/trajectory.repository';
import { Actor, TrajectoryAccessService } from './access.service';
import { ImpactService } from './impact.service';
import { invalid } from './errors';

/**
 * Joint valuation: editors invite people to rate the options on behalf of a stakeholder (group);
 * results are shown per stakeholder side by side. Editors may also enter the ratings of a
 * workshop for any stakeholder.
 */
@Injectable()
export class ValuationService {
  constructor(
    private readonly impact: ImpactRepository,
    private readonly analysis: AnalysisRepository,
    private readonly trajectories: TrajectoryRepository,
    private readonly options: ImpactService,
    private readonly access: TrajectoryAccessService,
  ) {}

  summary(ids: readonly string[]) {
    return this.impact.valuationSummary(ids);
  }

  /** The caller's own ratings in one trajectory. */
  ratingsBy(trajectoryId: string, raterId: string) {
    return this.impact.ratingsBy(trajectoryId, raterId);
  }

  invites(ids: readonly string[]) {
    return this.impact.invites(ids);
  }

  invite(actor: Actor, trajectoryId: string, userId: string, stakeholderId: string) {
    return this.access.change(actor, trajectoryId, async (m) => {
      await this.assertStakeholder(m, trajectoryId, stakeholderId);
      if ((await this.trajectories.activeUserIds(m, [userId])).length !== 1) {
        throw invalid(
          'input.userId',
          'UNKNOWN_USER',
          'The person does not exist or is deactivated',
        );
      }
      await this.impact.addInvite(m, { trajectoryId, userId, stakeholderId });
      return true;
    });
  }

  uninvite(actor: Actor, trajectoryId: string, userId: string, stakeholderId: string) {
    return this.access.change(actor, trajectoryId, async (m) => {
      await this.impact.removeInvite(m, { trajectoryId, userId, stakeholderId });
      return true;
    });
  }

  rate(
    actor: Actor,
    optionId: string,
    stakeholderId: string,
    score: number,
    comment: string,
  ): Promise<ValuationRatingEntity> {
    return this.access.change(
      actor,
      this.options.optionTarget(optionId),
      async (m, t, access) => {
        await this.assertStakeholder(m, t.id, stakeholderId);
        // Checked here rather than in `allowed`: it depends on the stakeholder asked for.
        if (!access.canEdit && !access.invitedStakeholderIds.includes(stakeholderId)) {
          throw invalid(
            'input.stakeholderId',
            'NOT_INVITED',
            'You were not invited to rate for this stakeholder',
          );
        }
        return this.impact.saveRating(m, {
          trajectoryId: t.id,
          optionId,
          stakeholderId,
          raterId: actor.principal.userId,
          score,
          comment: comment.trim(),
        });
      },
      (a) => a.canEdit || a.invitedStakeholderIds.length > 0,
    );
  }

  private async assertStakeholder(m: EntityManager, trajectoryId: string, stakeholderId: string) {
    const s = await this.analysis.stakeholders.findById(stakeholderId, m);
    if (!s || s.trajectoryId !== trajectoryId) {
      throw invalid(
        'input.stakeholderId',
        'UNKNOWN_STAKEHOLDER',
        'No such stakeholder in this trajectory',
      );
    }
  }
}
