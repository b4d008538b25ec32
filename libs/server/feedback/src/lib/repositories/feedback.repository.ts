import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { FeedbackLinkValue } from '@inspraak/server-inputs';
import { InputFeedbackEntity } from '../entities/feedback.entities';
import {
  FEEDBACK_INPUT_COLUMNS,
  FeedbackInputRow,
  RawFeedbackInput,
  toFeedbackInputRow,
} from './feedback-input.row';

/** The input row's feedback state as one change writes it. */
export interface FeedbackState {
  feedbackStatus: string;
  feedbackText: string | null;
  feedbackResponderId: string | null;
  firstRespondedAt: Date | null;
  lastRespondedAt: Date | null;
  mergedIntoId: string | null;
  feedbackLinks: FeedbackLinkValue[];
}

export type NewFeedbackEntry = Pick<
  InputFeedbackEntity,
  | 'inputId'
  | 'status'
  | 'previousStatus'
  | 'text'
  | 'responderId'
  | 'links'
  | 'mergedIntoId'
  | 'idempotencyKey'
> & { createdAt: Date };

/** TypeORM answers UPDATE … RETURNING on PostgreSQL with [rows, count]. */
function returnedRows<T>(result: unknown): T[] {
  const r = result as unknown[];
  return Array.isArray(r[0]) && typeof r[1] === 'number' ? (r[0] as T[]) : (r as T[]);
}

/** Reads and writes of one input's feedback: its row state, the history, due dates. */
@Injectable()
export class FeedbackRepository {
  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async findInputs(
    ids: readonly string[],
    m: EntityManager = this.manager,
  ): Promise<FeedbackInputRow[]> {
    if (!ids.length) return [];
    const rows = await m.query<RawFeedbackInput[]>(
      `SELECT ${FEEDBACK_INPUT_COLUMNS()} FROM input i WHERE i.id = ANY($1::uuid[])`,
      [[...ids]],
    );
    return rows.map(toFeedbackInputRow);
  }

  async findInput(id: string, m?: EntityManager): Promise<FeedbackInputRow | null> {
    return (await this.findInputs([id], m))[0] ?? null;
  }

  /**
   * Row-locks the inputs (FOR NO KEY UPDATE, in id order so two merges never deadlock): a
   * support, a follow, a response and a merge of the same input run one after another.
   */
  async lockInputs(m: EntityManager, ids: string[]): Promise<Map<string, FeedbackInputRow>> {
    const rows = await m.query<RawFeedbackInput[]>(
      `SELECT ${FEEDBACK_INPUT_COLUMNS()} FROM input i WHERE i.id = ANY($1::uuid[])
       ORDER BY i.id FOR NO KEY UPDATE`,
      [[...new Set(ids)].sort()],
    );
    return new Map(rows.map((r) => [r.id, toFeedbackInputRow(r)]));
  }

  async entryWithKey(m: EntityManager, inputId: string, key: string): Promise<string | null> {
    const rows = await m.query<{ id: string }[]>(
      'SELECT id FROM input_feedback WHERE input_id = $1 AND idempotency_key = $2',
      [inputId, key],
    );
    return rows[0]?.id ?? null;
  }

  /** Appends a history entry; null when the idempotency key was used for this input already. */
  async insertEntry(m: EntityManager, e: NewFeedbackEntry): Promise<string | null> {
    const rows = returnedRows<{ id: string }>(
      await m.query(
        `INSERT INTO input_feedback (input_id, status, previous_status, text, responder_id,
           links, merged_into_id, idempotency_key, created_at)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9)
         ON CONFLICT (input_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
         RETURNING id`,
        [
          e.inputId,
          e.status,
          e.previousStatus,
          e.text,
          e.responderId,
          e.links === null ? null : JSON.stringify(e.links),
          e.mergedIntoId,
          e.idempotencyKey,
          e.createdAt,
        ],
      ),
    );
    return rows[0]?.id ?? null;
  }

  async writeState(m: EntityManager, inputId: string, s: FeedbackState): Promise<void> {
    await m.query(
      `UPDATE input SET feedback_status = $2, feedback_text = $3, feedback_responder_id = $4,
         first_responded_at = $5, last_responded_at = $6, merged_into_id = $7,
         feedback_links = $8::jsonb, updated_at = now()
       WHERE id = $1`,
      [
        inputId,
        s.feedbackStatus,
        s.feedbackText,
        s.feedbackResponderId,
        s.firstRespondedAt,
        s.lastRespondedAt,
        s.mergedIntoId,
        JSON.stringify(s.feedbackLinks),
      ],
    );
  }

  /** The history of many inputs, newest first per input (one query). */
  async entries(inputIds: readonly string[]): Promise<Map<string, InputFeedbackEntity[]>> {
    const map = new Map<string, InputFeedbackEntity[]>();
    if (!inputIds.length) return map;
    const rows = await this.manager
      .createQueryBuilder(InputFeedbackEntity, 'f')
      .where('f.input_id = ANY(:ids)', { ids: [...inputIds] })
      .orderBy('f.created_at', 'DESC')
      .addOrderBy('f.id', 'DESC')
      .getMany();
    for (const r of rows) map.set(r.inputId, [...(map.get(r.inputId) ?? []), r]);
    return map;
  }

  /** Decisions of a trajectory by id (links to what was decided). */
  async decisions(trajectoryId: string, ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.manager.query<{ id: string; outcome: string }[]>(
      'SELECT id, outcome FROM decision WHERE trajectory_id = $1 AND id = ANY($2::uuid[])',
      [trajectoryId, ids],
    );
    return new Map(rows.map((r) => [r.id, r.outcome]));
  }

  async targetDays(m: EntityManager, trajectoryId: string): Promise<number | null> {
    const rows = await m.query<{ days: number }[]>(
      'SELECT response_target_days AS days FROM trajectory WHERE id = $1',
      [trajectoryId],
    );
    return rows[0]?.days ?? null;
  }

  /** The distinct Amsterdam dates on which a trajectory's inputs without a response were given. */
  async pendingSubmissionDays(m: EntityManager, trajectoryId: string): Promise<string[]> {
    const rows = await m.query<{ day: string }[]>(
      `SELECT DISTINCT to_char(created_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS day
       FROM input WHERE trajectory_id = $1 AND first_responded_at IS NULL`,
      [trajectoryId],
    );
    return rows.map((r) => r.day);
  }

  /**
   * Sets the due date of every input of the trajectory still waiting for a first response from
   * a table (submission day → due moment), in one UPDATE.
   */
  async setDueDates(
    m: EntityManager,
    trajectoryId: string,
    days: string[],
    dueAt: Date[],
  ): Promise<void> {
    if (!days.length) return;
    await m.query(
      `UPDATE input i SET feedback_due_at = d.due
       FROM unnest($2::date[], $3::timestamptz[]) AS d(day, due)
       WHERE i.trajectory_id = $1 AND i.first_responded_at IS NULL
         AND (i.created_at AT TIME ZONE 'Europe/Amsterdam')::date = d.day`,
      [trajectoryId, days, dueAt],
    );
  }

  /** Display names of people (responders, authors); never e-mail addresses. */
  async personNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.manager.query<{ id: string; name: string }[]>(
      'SELECT id, name FROM app_user WHERE id = ANY($1::uuid[])',
      [[...ids]],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  async trajectoryTitles(ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.manager.query<{ id: string; title: string }[]>(
      'SELECT id, title FROM trajectory WHERE id = ANY($1::uuid[])',
      [[...ids]],
    );
    return new Map(rows.map((r) => [r.id, r.title]));
  }
}
