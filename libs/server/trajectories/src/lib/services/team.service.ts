import { Injectable } from '@nestjs/common';
import { ForbiddenError } from '@inspraak/server-errors';
import { AuditAction, TrajectoryRole } from '@inspraak/contracts';
import { TrajectoryMemberEntity } from '../entities/team.entity';
import { TeamRepository } from '../repositories/team.repository';
import { TrajectoryRepository } from '../repositories/trajectory.repository';
import { Actor, TrajectoryAccessService, Viewer } from './access.service';
import { invalid } from './errors';
import { TrajectoryAudit } from './trajectory-audit';

/** The trajectory team; the OWNER row follows the trajectory's owner and is changed there. */
@Injectable()
export class TeamService {
  constructor(
    private readonly team: TeamRepository,
    private readonly trajectories: TrajectoryRepository,
    private readonly access: TrajectoryAccessService,
    private readonly audit: TrajectoryAudit,
  ) {}

  members(trajectoryIds: readonly string[]) {
    return this.team.members.byParents(trajectoryIds);
  }

  /**
   * People an editor may add to the team or invite to rate (active accounts whose name or
   * e-mail address contains `search`). NOT_FOUND for a hidden trajectory, FORBIDDEN for others.
   */
  async candidates(viewer: Viewer, trajectoryId: string, search: string, limit: number) {
    const access = await this.access.assertVisible(viewer, trajectoryId);
    if (!access.canEdit) throw new ForbiddenError('You may not change this trajectory');
    return this.trajectories.searchActiveUsers(search.trim(), limit);
  }

  add(
    actor: Actor,
    trajectoryId: string,
    userId: string,
    role: TrajectoryRole,
  ): Promise<TrajectoryMemberEntity> {
    if (role === TrajectoryRole.OWNER) {
      throw invalid('input.role', 'OWNER_ROLE', 'Change the owner on the trajectory itself');
    }
    return this.access.change(actor, trajectoryId, async (m) => {
      if ((await this.trajectories.activeUserIds(m, [userId])).length !== 1) {
        throw invalid(
          'input.userId',
          'UNKNOWN_USER',
          'The person does not exist or is deactivated',
        );
      }
      const existing = await this.team.findMembership(m, trajectoryId, userId, role);
      if (existing) return existing;
      const member = await this.team.members.insert(m, { trajectoryId, userId, role });
      await this.audit.record(m, actor, AuditAction.TRAJECTORY_TEAM_ADD, trajectoryId, {
        userId,
        role,
      });
      return member;
    });
  }

  remove(actor: Actor, memberId: string): Promise<TrajectoryMemberEntity> {
    return this.access.change(
      actor,
      {
        what: 'Team member',
        trajectoryOf: async (m) =>
          (await this.team.members.findById(memberId, m))?.trajectoryId ?? null,
      },
      async (m, t) => {
        const member = (await this.team.members.findById(memberId, m))!;
        if (member.role === (TrajectoryRole.OWNER as string)) {
          throw invalid(
            'id',
            'OWNER_ROLE',
            'The owner stays on the team; change the owner instead',
          );
        }
        await this.team.members.delete(m, memberId);
        await this.audit.record(m, actor, AuditAction.TRAJECTORY_TEAM_REMOVE, t.id, {
          userId: member.userId,
          role: member.role,
        });
        return member;
      },
    );
  }
}
