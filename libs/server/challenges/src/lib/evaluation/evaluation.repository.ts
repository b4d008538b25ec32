import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { TrajectoryRole } from '@inspraak/contracts';

export interface IdeaRow {
  id: string;
  challengeId: string;
  trajectoryId: string;
  title: string;
  status: string;
  hidden: boolean;
  authorId: string | null;
  authorHash: string | null;
  createdAt: Date;
}

export interface DecisionRow {
  ideaId: string;
  shortlisted: boolean;
  winner: boolean;
  invitedRole: string | null;
  invitationMessage: string | null;
  invitedAt: Date | null;
}

export interface EvaluationRow {
  id: string;
  ideaId: string;
  jurorId: string;
  jurorName: string;
  comment: string;
  updatedAt: Date;
  scores: { criterionId: string; score: number }[];
}

const ideaRow = (r: Record<string, unknown>): IdeaRow => ({
  id: r.id as string,
  challengeId: r.challenge_id as string,
  trajectoryId: r.trajectory_id as string,
  title: r.title as string,
  status: r.status as string,
  hidden: r.hidden as boolean,
  authorId: (r.author_id as string | null) ?? null,
  authorHash: (r.author_hash as string | null) ?? null,
  createdAt: new Date(r.created_at as string),
});

const IDEA_SELECT = `SELECT i.id, d.challenge_id, i.trajectory_id, i.title, i.status, i.hidden,
    i.author_id, i.author_hash, i.created_at
  FROM idea d JOIN input i ON i.id = d.input_id`;

/** Reads and writes of the jury's evaluation; the ranking itself is computed in ranking.ts. */
@Injectable()
export class EvaluationRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async idea(id: string): Promise<IdeaRow | null> {
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `${IDEA_SELECT} WHERE d.input_id = $1`,
      [id],
    );
    return rows[0] ? ideaRow(rows[0]) : null;
  }

  /** The ideas the jury evaluates: active and not hidden, oldest first. */
  async eligibleIdeas(challengeId: string): Promise<IdeaRow[]> {
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `${IDEA_SELECT} WHERE d.challenge_id = $1 AND i.status = 'ACTIVE' AND NOT i.hidden
       ORDER BY i.created_at, i.id`,
      [challengeId],
    );
    return rows.map(ideaRow);
  }

  async criteria(challengeId: string, m: EntityManager = this.dataSource.manager) {
    return m.query<
      { id: string; position: number; name_nl: string; name_en: string; weight: number }[]
    >(
      `SELECT id, position, name_nl, name_en, weight FROM challenge_criterion
       WHERE challenge_id = $1 ORDER BY position, id`,
      [challengeId],
    );
  }

  /** The jury: the trajectory's team members with the JURY_MEMBER role, by name. */
  async jurors(trajectoryId: string): Promise<{ id: string; name: string }[]> {
    return this.dataSource.query(
      `SELECT u.id, u.name FROM trajectory_member tm JOIN app_user u ON u.id = tm.user_id
       WHERE tm.trajectory_id = $1 AND tm.role = $2 ORDER BY u.name, u.id`,
      [trajectoryId, TrajectoryRole.JURY_MEMBER],
    );
  }

  /** Every score of the challenge's evaluations. */
  async scores(challengeId: string) {
    const rows = await this.dataSource.query<
      { idea_id: string; juror_id: string; criterion_id: string; score: number }[]
    >(
      `SELECT e.idea_id, e.juror_id, s.criterion_id, s.score
       FROM idea_evaluation e JOIN idea_evaluation_score s ON s.evaluation_id = e.id
       WHERE e.challenge_id = $1`,
      [challengeId],
    );
    return rows.map((r) => ({
      ideaId: r.idea_id,
      jurorId: r.juror_id,
      criterionId: r.criterion_id,
      score: Number(r.score),
    }));
  }

  /**
   * The juror's own evaluations of the challenge's ideas: per idea, how many of the challenge's
   * criteria they scored (0 for an evaluation with a comment only).
   */
  async scoredBy(challengeId: string, jurorId: string): Promise<Map<string, number>> {
    const rows = await this.dataSource.query<{ idea_id: string; scored: number }[]>(
      `SELECT e.idea_id, count(c.id)::int AS scored
       FROM idea_evaluation e
       LEFT JOIN idea_evaluation_score s ON s.evaluation_id = e.id
       LEFT JOIN challenge_criterion c ON c.id = s.criterion_id AND c.challenge_id = e.challenge_id
       WHERE e.challenge_id = $1 AND e.juror_id = $2
       GROUP BY e.idea_id`,
      [challengeId, jurorId],
    );
    return new Map(rows.map((r) => [r.idea_id, Number(r.scored)]));
  }

  /** Evaluations of one idea, optionally of one juror only. */
  async evaluations(ideaId: string, jurorId: string | null): Promise<EvaluationRow[]> {
    const rows = await this.dataSource.query<
      {
        id: string;
        idea_id: string;
        juror_id: string;
        name: string;
        comment: string;
        updated_at: string;
        scores: { criterionId: string; score: number }[] | null;
      }[]
    >(
      `SELECT e.id, e.idea_id, e.juror_id, u.name, e.comment, e.updated_at,
         (SELECT json_agg(json_build_object('criterionId', s.criterion_id, 'score', s.score)
                          ORDER BY c.position, c.id)
          FROM idea_evaluation_score s JOIN challenge_criterion c ON c.id = s.criterion_id
          WHERE s.evaluation_id = e.id) AS scores
       FROM idea_evaluation e JOIN app_user u ON u.id = e.juror_id
       WHERE e.idea_id = $1 AND ($2::uuid IS NULL OR e.juror_id = $2::uuid)
       ORDER BY u.name, e.juror_id`,
      [ideaId, jurorId],
    );
    return rows.map((r) => ({
      id: r.id,
      ideaId: r.idea_id,
      jurorId: r.juror_id,
      jurorName: r.name,
      comment: r.comment,
      updatedAt: new Date(r.updated_at),
      scores: (typeof r.scores === 'string'
        ? (JSON.parse(r.scores) as EvaluationRow['scores'])
        : (r.scores ?? [])
      ).map((s) => ({ criterionId: s.criterionId, score: Number(s.score) })),
    }));
  }

  /** Reads the challenge's state under a share lock: no state change until the write ends. */
  async lockChallengeState(m: EntityManager, challengeId: string): Promise<string | null> {
    const rows = await m.query<{ state: string }[]>(
      'SELECT state FROM challenge WHERE id = $1 FOR SHARE',
      [challengeId],
    );
    return rows[0]?.state ?? null;
  }

  /** Creates or updates the juror's evaluation of the idea and its scores. */
  async upsertEvaluation(
    m: EntityManager,
    e: { challengeId: string; ideaId: string; jurorId: string; comment: string | null },
    scores: { criterionId: string; score: number }[],
  ): Promise<void> {
    const [row] = await m.query<{ id: string }[]>(
      `INSERT INTO idea_evaluation (challenge_id, idea_id, juror_id, comment)
       VALUES ($1, $2, $3, COALESCE($4, ''))
       ON CONFLICT (idea_id, juror_id) DO UPDATE
         SET comment = COALESCE($4, idea_evaluation.comment), updated_at = now()
       RETURNING id`,
      [e.challengeId, e.ideaId, e.jurorId, e.comment],
    );
    for (const s of scores) {
      await m.query(
        `INSERT INTO idea_evaluation_score (evaluation_id, criterion_id, score)
         VALUES ($1, $2, $3)
         ON CONFLICT (evaluation_id, criterion_id) DO UPDATE SET score = EXCLUDED.score`,
        [row.id, s.criterionId, s.score],
      );
    }
  }

  async decisions(challengeId: string): Promise<Map<string, DecisionRow>> {
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      'SELECT * FROM idea_jury_decision WHERE challenge_id = $1',
      [challengeId],
    );
    return new Map(rows.map((r) => [r.idea_id as string, decisionRow(r)]));
  }

  async decision(ideaId: string, m: EntityManager = this.dataSource.manager) {
    const rows = await m.query<Record<string, unknown>[]>(
      'SELECT * FROM idea_jury_decision WHERE idea_id = $1',
      [ideaId],
    );
    return rows[0] ? decisionRow(rows[0]) : null;
  }

  /** Sets decision fields of an idea, creating its row at the first decision. */
  async setDecision(
    m: EntityManager,
    ideaId: string,
    challengeId: string,
    fields: Partial<
      Pick<DecisionRow, 'shortlisted' | 'winner' | 'invitedRole' | 'invitationMessage'>
    > & {
      invited?: boolean;
    },
  ): Promise<DecisionRow> {
    await m.query(
      `INSERT INTO idea_jury_decision (idea_id, challenge_id) VALUES ($1, $2)
       ON CONFLICT (idea_id) DO NOTHING`,
      [ideaId, challengeId],
    );
    const sets: string[] = ['updated_at = now()'];
    const params: unknown[] = [ideaId];
    const set = (column: string, value: unknown) => {
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    };
    if (fields.shortlisted !== undefined) set('shortlisted', fields.shortlisted);
    if (fields.winner !== undefined) set('winner', fields.winner);
    if (fields.invitedRole !== undefined) set('invited_role', fields.invitedRole);
    if (fields.invitationMessage !== undefined) set('invitation_message', fields.invitationMessage);
    if (fields.invited !== undefined)
      sets.push(`invited_at = ${fields.invited ? 'now()' : 'NULL'}`);
    await m.query(`UPDATE idea_jury_decision SET ${sets.join(', ')} WHERE idea_id = $1`, params);
    return (await this.decision(ideaId, m))!;
  }

  /** Open winner invitations with what the invited author needs to see (few rows: winners). */
  async invitations() {
    return this.dataSource.query<
      {
        idea_id: string;
        idea_title: string;
        author_id: string | null;
        author_hash: string | null;
        challenge_id: string;
        challenge_title: string;
        trajectory_id: string;
        trajectory_title: string;
        invited_role: string;
        invitation_message: string | null;
        invited_at: string;
      }[]
    >(
      `SELECT d.idea_id, i.title AS idea_title, i.author_id, i.author_hash, c.id AS challenge_id,
         c.title AS challenge_title, t.id AS trajectory_id, t.title AS trajectory_title,
         d.invited_role, d.invitation_message, d.invited_at
       FROM idea_jury_decision d
       JOIN input i ON i.id = d.idea_id
       JOIN challenge c ON c.id = d.challenge_id
       JOIN trajectory t ON t.id = c.trajectory_id
       WHERE d.winner AND d.invited_role IS NOT NULL AND i.status = 'ACTIVE'
       ORDER BY d.invited_at DESC, d.idea_id`,
    );
  }

  async memberRoles(userId: string, trajectoryIds: readonly string[]) {
    if (!trajectoryIds.length) return new Set<string>();
    const rows = await this.dataSource.query<{ trajectory_id: string; role: string }[]>(
      `SELECT trajectory_id, role FROM trajectory_member
       WHERE user_id = $1 AND trajectory_id = ANY($2::uuid[])`,
      [userId, [...trajectoryIds]],
    );
    return new Set(rows.map((r) => `${r.trajectory_id}:${r.role}`));
  }

  /** Adds the user to the trajectory's team in `role` (nothing when they already hold it). */
  async addMember(m: EntityManager, trajectoryId: string, userId: string, role: string) {
    const rows = await m.query<unknown[]>(
      `INSERT INTO trajectory_member (trajectory_id, user_id, role) VALUES ($1, $2, $3)
       ON CONFLICT (trajectory_id, user_id, role) DO NOTHING RETURNING id`,
      [trajectoryId, userId, role],
    );
    return rows.length > 0;
  }
}

function decisionRow(r: Record<string, unknown>): DecisionRow {
  return {
    ideaId: r.idea_id as string,
    shortlisted: r.shortlisted as boolean,
    winner: r.winner as boolean,
    invitedRole: (r.invited_role as string | null) ?? null,
    invitationMessage: (r.invitation_message as string | null) ?? null,
    invitedAt: r.invited_at ? new Date(r.invited_at as string) : null,
  };
}
