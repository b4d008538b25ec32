import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { VoterKeys } from '../anonymity/voter-keys';
import { AnswerRepository } from '../repositories/answer.repository';
import { MoverRepository, PendingRow } from '../repositories/mover.repository';
import { fromStoredUnit, PulseRoundState, RoundRepository } from '../repositories/round.repository';
import { Cell, emptyCell, tallyResponse } from '../results/statistics';

export interface MoveResult {
  moved: number;
  pending: number;
}

/**
 * Moves pending answers into the anonymous tables (anonymity.md, "nothing in storage links the
 * two"):
 * - only reporting units with at least k pending answers move, all of theirs at once, so every
 *   batch (rows sharing a transaction id) holds at least k answers of every reporting unit in it;
 * - responses and comments go in shuffled with random ids; the batch's participation rows go in
 *   the same transaction, ordered by user id; the pending rows are deleted;
 * - what stays pending is rewritten shuffled in the same transaction (one transaction id, no
 *   arrival order);
 * - closing moves everything left, then re-seals the whole round (see MoverRepository.reseal) and
 *   stores the tallies the results are computed from.
 * The voter hash is turned back into a user only here, in memory, over the round's members.
 * Idempotent: a crash rolls a move back whole; running it again moves what is still pending.
 */
@Injectable()
export class PulseMover {
  private readonly logger = new Logger('PulseMover');

  constructor(
    private readonly store: MoverRepository,
    private readonly answers: AnswerRepository,
    private readonly rounds: RoundRepository,
    private readonly keys: VoterKeys,
  ) {}

  /** Moves the batches that are ready; nothing for a round that is not open. */
  async move(roundId: string): Promise<MoveResult> {
    const result = await this.store.transaction(async (m) => {
      await this.answers.lockExclusive(m, roundId);
      const round = await this.rounds.lock(m, roundId);
      if (!round || round.state !== (PulseRoundState.OPEN as string) || round.k === null) {
        return { moved: 0, pending: 0 };
      }
      const counts = await this.store.pendingCounts(m, roundId);
      const ready = counts.filter((c) => c.n >= round.k!).map((c) => c.reporting_unit_id);
      const total = counts.reduce((s, c) => s + c.n, 0);
      let moved = 0;
      if (ready.length) {
        const rows = await this.store.takePending(m, roundId, ready);
        moved = await this.write(m, roundId, rows);
      }
      // Whatever waits is rewritten in one go: one transaction id, no arrival order.
      if (total - moved > 0) await this.store.restampPending(m, roundId);
      return { moved, pending: total - moved };
    });
    if (result.moved || result.pending) await this.store.vacuum(['pulse_pending']);
    // Counts only: never units, users or answers.
    if (result.moved) this.logger.log(`round ${roundId}: moved a batch of ${result.moved}`);
    return result;
  }

  /**
   * Closes an open round: moves every pending answer, re-seals the round and stores its tallies,
   * in one transaction. Idempotent (a closed round is left alone).
   */
  async close(roundId: string): Promise<boolean> {
    const closed = await this.store.transaction(async (m) => {
      await this.answers.lockExclusive(m, roundId);
      const round = await this.rounds.lock(m, roundId);
      if (!round || round.state !== (PulseRoundState.OPEN as string)) return false;
      const rest = await this.store.takePending(m, roundId, 'all');
      await this.write(m, roundId, rest);
      const responses = await this.store.reseal(m, roundId);
      const cells: Record<string, Cell> = {};
      for (const r of responses) {
        tallyResponse((cells[fromStoredUnit(r.reporting_unit_id)] ??= emptyCell()), r.answers);
      }
      await this.rounds.update(m, roundId, {
        state: PulseRoundState.CLOSED,
        closedAt: new Date(),
        cells,
      });
      return true;
    });
    if (closed) {
      await this.store.vacuum([
        'pulse_pending',
        'pulse_response',
        'pulse_comment',
        'pulse_participation',
      ]);
      this.logger.log(`round ${roundId}: closed and sealed`);
    }
    return closed;
  }

  /** Writes moved rows: responses, comments, participation; deletes the pending rows. */
  private async write(m: EntityManager, roundId: string, rows: PendingRow[]): Promise<number> {
    if (!rows.length) return 0;
    const users = this.keys.resolve(roundId, await this.rounds.memberIds(m, roundId));
    const participation: { user_id: string; key_hash: string }[] = [];
    let unknown = 0;
    for (const r of rows) {
      const user = users.get(r.voter_hash);
      if (user) participation.push({ user_id: user, key_hash: r.key_hash });
      else unknown++;
    }
    // Only if APP_SECRET changed during the round: the answer still counts, its participation
    // cannot be recorded. A count, nothing more.
    if (unknown) this.logger.warn(`round ${roundId}: ${unknown} answer(s) without a known voter`);
    await this.store.insertResponses(
      m,
      roundId,
      rows.map((r) => ({ reporting_unit_id: r.reporting_unit_id, answers: r.answers })),
    );
    await this.store.insertComments(
      m,
      roundId,
      rows.flatMap((r) =>
        r.texts.map((t) => ({
          question_key: t.questionKey,
          reporting_unit_id: r.reporting_unit_id,
          text: t.text,
        })),
      ),
    );
    await this.store.insertParticipation(m, roundId, participation);
    await this.store.deletePending(
      m,
      rows.map((r) => r.id),
    );
    return rows.length;
  }
}
