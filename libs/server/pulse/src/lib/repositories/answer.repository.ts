import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { toStoredUnit } from './round.repository';

/** Any constant: the first key of the per-round advisory locks (pulse_submit uses it too). */
const ROUND_LOCK_CLASS = 724_151_120;

export interface PendingInsert {
  roundId: string;
  voterHash: string;
  keyHash: string;
  reportingUnitId: string;
  answers: Record<string, number | string>;
  texts: { questionKey: string; text: string }[];
}

/**
 * Pending answers and participation: the only place that builds their queries. Submitting holds
 * the round's advisory lock shared (inside pulse_submit); moving and closing hold it exclusively,
 * so a close never misses an answer that was being stored and a mover never sees half a submit.
 */
@Injectable()
export class AnswerRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async lockExclusive(m: EntityManager, roundId: string): Promise<void> {
    await m.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [ROUND_LOCK_CLASS, roundId]);
  }

  /**
   * The whole submit in one round trip, the `pulse_submit` function of the pulse migration: it
   * takes the round's advisory lock shared, then checks that the caller is asked and the round
   * open, looks for the caller's moved answer (its submit hash) and otherwise stores the pending
   * row (voter hash, the member's reporting unit). `pendingKey` is the submit hash of a pending
   * answer the voter already had.
   */
  async submitPending(p: Omit<PendingInsert, 'reportingUnitId'> & { userId: string }): Promise<{
    state: string | null;
    open: boolean;
    member: boolean;
    movedKey: string | null;
    inserted: boolean;
    pendingKey: string | null;
  }> {
    const [row] = await this.dataSource.query<
      {
        o_state: string | null;
        o_open: boolean;
        o_member: boolean;
        o_moved_key: string | null;
        o_inserted: boolean;
        o_pending_key: string | null;
      }[]
    >('SELECT * FROM pulse_submit($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)', [
      p.roundId,
      p.userId,
      randomUUID(),
      p.voterHash,
      p.keyHash,
      JSON.stringify(p.answers),
      JSON.stringify(p.texts),
    ]);
    return {
      state: row.o_state,
      open: row.o_open,
      member: row.o_member,
      movedKey: row.o_moved_key,
      inserted: row.o_inserted,
      pendingKey: row.o_pending_key,
    };
  }

  /** Stores a pending answer; false when the voter already has one (the caller compares keys). */
  async insertPending(m: EntityManager, p: PendingInsert): Promise<boolean> {
    const rows = await m.query<{ id: string }[]>(
      `INSERT INTO pulse_pending (id, round_id, voter_hash, key_hash, reporting_unit_id, answers, texts)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)
       ON CONFLICT (round_id, voter_hash) DO NOTHING RETURNING id`,
      [
        randomUUID(),
        p.roundId,
        p.voterHash,
        p.keyHash,
        toStoredUnit(p.reportingUnitId),
        JSON.stringify(p.answers),
        JSON.stringify(p.texts),
      ],
    );
    return rows.length === 1;
  }

  /** Of the given voter hashes, those with a pending answer in the round. */
  async pendingVoters(roundId: string, voterHashes: string[]): Promise<Set<string>> {
    if (!voterHashes.length) return new Set();
    const rows = await this.dataSource.query<{ voter_hash: string }[]>(
      'SELECT voter_hash FROM pulse_pending WHERE round_id = $1 AND voter_hash = ANY($2::char(64)[])',
      [roundId, voterHashes],
    );
    return new Set(rows.map((r) => r.voter_hash));
  }

  /** Of the given (round, voter hash) pairs, the rounds with a pending answer of that voter. */
  async pendingAmong(pairs: { roundId: string; voterHash: string }[]): Promise<Set<string>> {
    if (!pairs.length) return new Set();
    const rows = await this.dataSource.query<{ round_id: string }[]>(
      `SELECT p.round_id FROM pulse_pending p
         JOIN unnest($1::uuid[], $2::char(64)[]) AS x(round_id, voter_hash)
           ON x.round_id = p.round_id AND x.voter_hash = p.voter_hash`,
      [pairs.map((x) => x.roundId), pairs.map((x) => x.voterHash)],
    );
    return new Set(rows.map((r) => r.round_id));
  }

  /** Of the given rounds, those the user took part in (moved answers). */
  async participatedIn(roundIds: string[], userId: string): Promise<Set<string>> {
    if (!roundIds.length) return new Set();
    const rows = await this.dataSource.query<{ round_id: string }[]>(
      `SELECT round_id FROM pulse_participation WHERE round_id = ANY($1::uuid[]) AND user_id = $2`,
      [roundIds, userId],
    );
    return new Set(rows.map((r) => r.round_id));
  }

  /** Participants per round (moved answers only: they grow in steps of at least k). */
  async participants(roundIds: readonly string[]): Promise<Map<string, number>> {
    if (!roundIds.length) return new Map();
    const rows = await this.dataSource.query<{ round_id: string; n: number }[]>(
      `SELECT round_id, count(*)::int AS n FROM pulse_participation
        WHERE round_id = ANY($1::uuid[]) GROUP BY round_id`,
      [[...roundIds]],
    );
    return new Map(rows.map((r) => [r.round_id, r.n]));
  }

  /**
   * A page of the round's members (by user id, `after` exclusive) without a participation row;
   * the caller drops those with a pending answer (voter hash) before reminding anyone.
   */
  async notParticipated(roundId: string, after: string | null, limit: number): Promise<string[]> {
    const rows = await this.dataSource.query<{ user_id: string }[]>(
      `SELECT rm.user_id FROM pulse_round_member rm
         JOIN app_user u ON u.id = rm.user_id AND u.deactivated_at IS NULL
        WHERE rm.round_id = $1 AND ($2::uuid IS NULL OR rm.user_id > $2::uuid)
          AND NOT EXISTS (SELECT 1 FROM pulse_participation p
                           WHERE p.round_id = rm.round_id AND p.user_id = rm.user_id)
        ORDER BY rm.user_id LIMIT $3`,
      [roundId, after, limit],
    );
    return rows.map((r) => r.user_id);
  }

  /** A page of the round's active members by user id (`after` exclusive). */
  async members(roundId: string, after: string | null, limit: number): Promise<string[]> {
    const rows = await this.dataSource.query<{ user_id: string }[]>(
      `SELECT rm.user_id FROM pulse_round_member rm
         JOIN app_user u ON u.id = rm.user_id AND u.deactivated_at IS NULL
        WHERE rm.round_id = $1 AND ($2::uuid IS NULL OR rm.user_id > $2::uuid)
        ORDER BY rm.user_id LIMIT $3`,
      [roundId, after, limit],
    );
    return rows.map((r) => r.user_id);
  }
}
