import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction } from '@inspraak/contracts';
import {
  deleteRows,
  PersonalDataErasure,
  PersonalDataRegistry,
  RegisteredPersonalDataSource,
  PersonalDataSubject,
} from '@inspraak/server-audit';
import { ValidationError } from '@inspraak/server-errors';
import { TeamRepository } from '../repositories/team.repository';
import { TrajectoryAudit } from '../services/trajectory-audit';

/**
 * Trajectories: what the person owns, their team roles and their valuation work. Erasure hands
 * owned trajectories to the given successor (refused without one), removes team roles and open
 * valuation invitations, and keeps recorded work (decisions, ratings) under the nameless account.
 */
@Injectable()
export class TrajectoriesPersonalDataSource extends RegisteredPersonalDataSource {
  readonly section = 'trajectories';
  /** First: an owner without a successor refuses the erasure before anything else runs. */
  readonly eraseOrder = 10;

  constructor(
    protected readonly registry: PersonalDataRegistry,
    private readonly dataSource: DataSource,
    private readonly team: TeamRepository,
    private readonly audit: TrajectoryAudit,
  ) {
    super();
  }

  async export(subject: PersonalDataSubject) {
    const q = this.dataSource;
    const owned = await q.query<{ id: string; title: string; phase: string }[]>(
      'SELECT id, title, phase FROM trajectory WHERE owner_id = $1 ORDER BY created_at, id',
      [subject.userId],
    );
    const roles = await q.query<{ id: string; title: string; role: string; since: Date }[]>(
      `SELECT t.id, t.title, tm.role, tm.created_at AS since FROM trajectory_member tm
         JOIN trajectory t ON t.id = tm.trajectory_id
        WHERE tm.user_id = $1 ORDER BY tm.created_at, t.id, tm.role`,
      [subject.userId],
    );
    const decisions = await q.query<{ trajectory: string; outcome: string; decided_on: string }[]>(
      `SELECT t.title AS trajectory, d.outcome, d.decided_on::text AS decided_on FROM decision d
         JOIN trajectory t ON t.id = d.trajectory_id
        WHERE d.recorded_by_id = $1 ORDER BY d.created_at, d.id`,
      [subject.userId],
    );
    const ratings = await q.query<
      { trajectory: string; option: string; score: number; comment: string; at: Date }[]
    >(
      `SELECT t.title AS trajectory, o.title AS option, r.score, r.comment, r.updated_at AS at
         FROM valuation_rating r JOIN trajectory t ON t.id = r.trajectory_id
         JOIN solution_option o ON o.id = r.option_id
        WHERE r.rater_id = $1 ORDER BY r.created_at, r.id`,
      [subject.userId],
    );
    return {
      owned: owned.map((t) => ({ id: t.id, title: t.title, phase: t.phase })),
      teamRoles: roles.map((r) => ({
        trajectory: { id: r.id, title: r.title },
        role: r.role,
        since: r.since.toISOString(),
      })),
      decisionsRecorded: decisions.map((d) => ({
        trajectory: d.trajectory,
        outcome: d.outcome,
        decidedOn: d.decided_on,
      })),
      valuationRatings: ratings.map((r) => ({
        trajectory: r.trajectory,
        option: r.option,
        score: r.score,
        comment: r.comment,
        at: r.at.toISOString(),
      })),
    };
  }

  override async erase({ manager: m, subject, newOwnerId, actor, origin }: PersonalDataErasure) {
    const owned = await m.query<{ id: string }[]>(
      'SELECT id FROM trajectory WHERE owner_id = $1 ORDER BY id FOR UPDATE',
      [subject.userId],
    );
    if (owned.length && !newOwnerId) {
      throw new ValidationError([
        {
          field: 'input.newOwnerId',
          code: 'OWNS_TRAJECTORIES',
          message: `This person owns ${owned.length} trajectories: choose who takes them over`,
        },
      ]);
    }
    for (const { id } of owned) {
      await m.query('UPDATE trajectory SET owner_id = $2, updated_at = now() WHERE id = $1', [
        id,
        newOwnerId,
      ]);
      await this.team.setOwnerRow(m, id, newOwnerId!);
      await this.audit.record(
        m,
        { principal: actor, origin },
        AuditAction.TRAJECTORY_OWNER_CHANGE,
        id,
        {
          from: subject.userId,
          to: newOwnerId,
          reason: 'erasure',
        },
      );
    }
    const roles = await deleteRows(m, 'trajectory_member', 'user_id', subject.userId);
    const invites = await deleteRows(m, 'valuation_invite', 'user_id', subject.userId);
    return {
      ownershipTransferred: owned.length,
      teamRoles: roles,
      valuationInvites: invites,
    };
  }
}
