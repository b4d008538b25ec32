import { Injectable } from '@nestjs/common';
import { randomInt, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';

export interface PendingRow {
  id: string;
  voter_hash: string;
  key_hash: string;
  reporting_unit_id: string | null;
  answers: Record<string, number | string>;
  texts: { questionKey: string; text: string }[];
}

interface ResponseRow {
  reporting_unit_id: string | null;
  answers: Record<string, number | string>;
}
interface CommentRow {
  question_key: string;
  reporting_unit_id: string | null;
  text: string;
}
interface ParticipationRow {
  user_id: string;
  key_hash: string;
}

/** Fisher–Yates with a cryptographic generator: the order carries nothing of the input order. */
export function shuffle<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const CHUNK = 5000;

/**
 * The storage side of moving and sealing (docs/pulse.md, "the storage argument"): responses and
 * comments are written in a fresh random order with fresh random ids, participation in user-id
 * order, in the caller's transaction; nothing here carries a time or a sequence value.
 */
@Injectable()
export class MoverRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Pending answers per stored reporting unit (null: ROOT). */
  async pendingCounts(m: EntityManager, roundId: string) {
    return m.query<{ reporting_unit_id: string | null; n: number }[]>(
      `SELECT reporting_unit_id, count(*)::int AS n FROM pulse_pending WHERE round_id = $1
        GROUP BY reporting_unit_id`,
      [roundId],
    );
  }

  /** The pending answers of the given reporting units (null: ROOT), or all of them. */
  async takePending(
    m: EntityManager,
    roundId: string,
    units: (string | null)[] | 'all',
  ): Promise<PendingRow[]> {
    if (units === 'all') {
      return m.query<PendingRow[]>(
        `SELECT id, voter_hash, key_hash, reporting_unit_id, answers, texts FROM pulse_pending
          WHERE round_id = $1`,
        [roundId],
      );
    }
    const named = units.filter((u): u is string => u !== null);
    return m.query<PendingRow[]>(
      `SELECT id, voter_hash, key_hash, reporting_unit_id, answers, texts FROM pulse_pending
        WHERE round_id = $1 AND (reporting_unit_id = ANY($2::uuid[])
                                 OR ($3::boolean AND reporting_unit_id IS NULL))`,
      [roundId, named, units.includes(null)],
    );
  }

  async insertResponses(m: EntityManager, roundId: string, rows: ResponseRow[]) {
    const shuffled = shuffle(rows);
    for (let i = 0; i < shuffled.length; i += CHUNK) {
      const chunk = shuffled.slice(i, i + CHUNK);
      await m.query(
        `INSERT INTO pulse_response (id, round_id, reporting_unit_id, answers)
         SELECT t.id, $1, t.unit, t.answers
           FROM unnest($2::uuid[], $3::uuid[], $4::jsonb[]) WITH ORDINALITY AS t(id, unit, answers, ord)
          ORDER BY t.ord`,
        [
          roundId,
          chunk.map(() => randomUUID()),
          chunk.map((r) => r.reporting_unit_id),
          chunk.map((r) => JSON.stringify(r.answers)),
        ],
      );
    }
  }

  async insertComments(m: EntityManager, roundId: string, rows: CommentRow[]) {
    const shuffled = shuffle(rows);
    for (let i = 0; i < shuffled.length; i += CHUNK) {
      const chunk = shuffled.slice(i, i + CHUNK);
      await m.query(
        `INSERT INTO pulse_comment (id, round_id, question_key, reporting_unit_id, text)
         SELECT t.id, $1, t.q, t.unit, t.text
           FROM unnest($2::uuid[], $3::varchar[], $4::uuid[], $5::text[])
                WITH ORDINALITY AS t(id, q, unit, text, ord)
          ORDER BY t.ord`,
        [
          roundId,
          chunk.map(() => randomUUID()),
          chunk.map((r) => r.question_key),
          chunk.map((r) => r.reporting_unit_id),
          chunk.map((r) => r.text),
        ],
      );
    }
  }

  /** Participation in user-id order: an order that has nothing to do with the responses'. */
  async insertParticipation(m: EntityManager, roundId: string, rows: ParticipationRow[]) {
    const sorted = [...rows].sort((a, b) => (a.user_id < b.user_id ? -1 : 1));
    for (let i = 0; i < sorted.length; i += CHUNK) {
      const chunk = sorted.slice(i, i + CHUNK);
      await m.query(
        `INSERT INTO pulse_participation (round_id, user_id, key_hash)
         SELECT $1, t.u, t.k FROM unnest($2::uuid[], $3::char(64)[]) WITH ORDINALITY AS t(u, k, ord)
          ORDER BY t.ord
         ON CONFLICT (round_id, user_id) DO NOTHING`,
        [roundId, chunk.map((r) => r.user_id), chunk.map((r) => r.key_hash)],
      );
    }
  }

  async deletePending(m: EntityManager, ids: string[]) {
    for (let i = 0; i < ids.length; i += CHUNK) {
      await m.query('DELETE FROM pulse_pending WHERE id = ANY($1::uuid[])', [
        ids.slice(i, i + CHUNK),
      ]);
    }
  }

  /**
   * Rewrites the round's remaining pending rows in a random order with new ids: afterwards they
   * share this transaction's id and their physical order says nothing about when each came in.
   */
  async restampPending(m: EntityManager, roundId: string): Promise<number> {
    const rows = await m.query<PendingRow[]>(
      `DELETE FROM pulse_pending WHERE round_id = $1
       RETURNING voter_hash, key_hash, reporting_unit_id, answers, texts`,
      [roundId],
    );
    const list = shuffle(rowsOf(rows));
    for (let i = 0; i < list.length; i += CHUNK) {
      const chunk = list.slice(i, i + CHUNK);
      await m.query(
        `INSERT INTO pulse_pending (id, round_id, voter_hash, key_hash, reporting_unit_id, answers, texts)
         SELECT t.id, $1, t.v, t.k, t.unit, t.a, t.x
           FROM unnest($2::uuid[], $3::char(64)[], $4::char(64)[], $5::uuid[], $6::jsonb[], $7::jsonb[])
                WITH ORDINALITY AS t(id, v, k, unit, a, x, ord)
          ORDER BY t.ord`,
        [
          roundId,
          chunk.map(() => randomUUID()),
          chunk.map((r) => r.voter_hash),
          chunk.map((r) => r.key_hash),
          chunk.map((r) => r.reporting_unit_id),
          chunk.map((r) => JSON.stringify(r.answers)),
          chunk.map((r) => JSON.stringify(r.texts)),
        ],
      );
    }
    return list.length;
  }

  /**
   * Seals a closed round: every response, comment and participation row of it is deleted and
   * written again in this one transaction (responses and comments shuffled with new ids,
   * participation by user id), so all of them share one transaction id and no physical position
   * or id remembers the batches they came in. Returns the responses (for the tallies).
   */
  async reseal(m: EntityManager, roundId: string): Promise<ResponseRow[]> {
    const responses = rowsOf(
      await m.query<ResponseRow[]>(
        'DELETE FROM pulse_response WHERE round_id = $1 RETURNING reporting_unit_id, answers',
        [roundId],
      ),
    );
    const comments = rowsOf(
      await m.query<CommentRow[]>(
        `DELETE FROM pulse_comment WHERE round_id = $1
         RETURNING question_key, reporting_unit_id, text`,
        [roundId],
      ),
    );
    const participation = rowsOf(
      await m.query<ParticipationRow[]>(
        'DELETE FROM pulse_participation WHERE round_id = $1 RETURNING user_id, key_hash',
        [roundId],
      ),
    );
    await this.insertResponses(m, roundId, responses);
    await this.insertComments(m, roundId, comments);
    await this.insertParticipation(m, roundId, participation);
    return responses;
  }

  /**
   * Removes the dead row versions the move left behind (outside any transaction). Out of scope of
   * the spec but cheap: a dump never shows dead tuples; this keeps them off the live pages too.
   */
  async vacuum(tables: string[]) {
    for (const t of tables) {
      if (!/^pulse_[a-z_]+$/.test(t)) throw new Error(`not a pulse table: ${t}`);
      await this.dataSource.query(`VACUUM ${t}`);
    }
  }
}

/** DELETE … RETURNING comes back as [rows, count] from the pg driver through TypeORM. */
function rowsOf<T>(result: T[] | [T[], number]): T[] {
  return Array.isArray(result[0]) ? result[0] : (result as T[]);
}
