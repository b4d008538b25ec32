import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { TrajectoryRole } from '@inspraak/contracts';
import { TrajectoryMemberEntity } from '../entities/team.entity';
import { ChildStore } from './child-store';

@Injectable()
export class TeamRepository {
  readonly members: ChildStore<TrajectoryMemberEntity>;

  constructor(dataSource: DataSource) {
    this.members = new ChildStore(dataSource, TrajectoryMemberEntity, 'trajectoryId', {
      createdAt: 'ASC',
      id: 'ASC',
    });
  }

  findMembership(m: EntityManager, trajectoryId: string, userId: string, role: string) {
    return m.findOne(TrajectoryMemberEntity, { where: { trajectoryId, userId, role } });
  }

  /** The owner is also the team's OWNER row; ownership moves by replacing that row. */
  async setOwnerRow(m: EntityManager, trajectoryId: string, ownerId: string): Promise<void> {
    await m.delete(TrajectoryMemberEntity, { trajectoryId, role: TrajectoryRole.OWNER });
    await m.insert(TrajectoryMemberEntity, {
      trajectoryId,
      userId: ownerId,
      role: TrajectoryRole.OWNER,
    });
  }
}
