import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { FeedbackStateColumns } from '@inspraak/server-feedback';
import { FeedbackLinkValue } from '@inspraak/server-inputs';
import { PulseActionEntity } from '../entities/pulse.entities';
import { isUuid } from '../repositories/survey.repository';

/** An action with what its input row holds (title, description, feedback state). */
export interface PulseActionRecord {
  id: string;
  surveyId: string;
  roundId: string;
  roundNumber: number;
  trajectoryId: string;
  phase: string;
  title: string;
  description: string;
  dimension: string | null;
  questionKey: string | null;
  createdById: string | null;
  /** The creator's name; null once the account is erased. */
  createdByName: string | null;
  followerCount: number;
  createdAt: Date;
  updatedAt: Date;
  feedbackState: FeedbackStateColumns;
}

interface RawAction {
  id: string;
  survey_id: string;
  round_id: string;
  round_number: number;
  trajectory_id: string;
  phase: string;
  title: string;
  body: string;
  dimension: string | null;
  question_key: string | null;
  created_by_id: string | null;
  created_by_name: string | null;
  follower_count: number;
  created_at: Date;
  updated_at: Date;
  feedback_status: string;
  feedback_text: string | null;
  feedback_responder_id: string | null;
  first_responded_at: Date | null;
  last_responded_at: Date | null;
  feedback_due_at: Date;
  merged_into_id: string | null;
  feedback_links: FeedbackLinkValue[] | null;
}

const SELECT = `SELECT a.id, a.survey_id, a.round_id, r.number AS round_number, i.trajectory_id,
    i.phase, i.title, i.body, a.dimension, a.question_key, a.created_by_id,
    u.name AS created_by_name, i.follower_count, a.created_at,
    greatest(a.updated_at, i.updated_at) AS updated_at, i.feedback_status, i.feedback_text,
    i.feedback_responder_id, i.first_responded_at, i.last_responded_at, i.feedback_due_at,
    i.merged_into_id, i.feedback_links
  FROM pulse_action a
  JOIN input i ON i.id = a.id
  JOIN pulse_round r ON r.id = a.round_id
  LEFT JOIN app_user u ON u.id = a.created_by_id`;

const toRecord = (r: RawAction): PulseActionRecord => ({
  id: r.id,
  surveyId: r.survey_id,
  roundId: r.round_id,
  roundNumber: r.round_number,
  trajectoryId: r.trajectory_id,
  phase: r.phase,
  title: r.title,
  description: r.body,
  dimension: r.dimension,
  questionKey: r.question_key,
  createdById: r.created_by_id,
  createdByName: r.created_by_name,
  followerCount: r.follower_count,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  feedbackState: {
    id: r.id,
    feedbackStatus: r.feedback_status,
    feedbackText: r.feedback_text,
    feedbackResponderId: r.feedback_responder_id,
    firstRespondedAt: r.first_responded_at,
    lastRespondedAt: r.last_responded_at,
    feedbackDueAt: r.feedback_due_at,
    mergedIntoId: r.merged_into_id,
    feedbackLinks: r.feedback_links,
  },
});

/** Pulse actions: the only place that builds their queries. */
@Injectable()
export class PulseActionRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async insert(
    m: EntityManager,
    row: Pick<
      PulseActionEntity,
      'id' | 'surveyId' | 'roundId' | 'dimension' | 'questionKey' | 'createdById'
    >,
  ): Promise<void> {
    await m.insert(PulseActionEntity, { ...row, updatedById: row.createdById });
  }

  async update(
    m: EntityManager,
    id: string,
    changes: Partial<Pick<PulseActionEntity, 'dimension' | 'questionKey' | 'updatedById'>>,
  ): Promise<void> {
    await m.update(PulseActionEntity, { id }, { ...changes, updatedAt: new Date() });
  }

  async find(id: string, m: EntityManager = this.dataSource.manager) {
    if (!isUuid(id)) return null;
    const rows = await m.query<RawAction[]>(`${SELECT} WHERE a.id = $1`, [id]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** The actions of a round, oldest first (the order they were published in). */
  async ofRound(roundId: string): Promise<PulseActionRecord[]> {
    if (!isUuid(roundId)) return [];
    const rows = await this.dataSource.query<RawAction[]>(
      `${SELECT} WHERE a.round_id = $1 ORDER BY a.created_at, a.id`,
      [roundId],
    );
    return rows.map(toRecord);
  }

  /** Survey title and round id per round (the feedback loop's container description). */
  async surveyTitles(roundIds: readonly string[]): Promise<Map<string, string>> {
    const valid = roundIds.filter(isUuid);
    if (!valid.length) return new Map();
    const rows = await this.dataSource.query<{ id: string; title: string }[]>(
      `SELECT r.id, s.title FROM pulse_round r JOIN pulse_survey s ON s.id = r.survey_id
        WHERE r.id = ANY($1::uuid[])`,
      [valid],
    );
    return new Map(rows.map((r) => [r.id, r.title]));
  }

  /** Which of the inputs the user follows. */
  async followedBy(userId: string, ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.dataSource.query<{ input_id: string }[]>(
      'SELECT input_id FROM input_follow WHERE user_id = $1 AND input_id = ANY($2::uuid[])',
      [userId, ids],
    );
    return new Set(rows.map((r) => r.input_id));
  }
}
