import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  InputCommentEntity,
  InputEntity,
  InputFollowEntity,
  InputSupportEntity,
} from '../entities/input.entity';

export type NewInput = Pick<
  InputEntity,
  | 'id'
  | 'kind'
  | 'trajectoryId'
  | 'phase'
  | 'containerId'
  | 'title'
  | 'body'
  | 'authorId'
  | 'authorHash'
  | 'idempotencyHash'
  | 'randomKey'
  /** The feedback loop's first-response deadline (libs/server/feedback computes it). */
  | 'feedbackDueAt'
>;

/** The outcome of a support or follow toggle: whether it changed anything, and the new count. */
export interface ToggleResult {
  changed: boolean;
  count: number;
}

type Counter = 'support_count' | 'comment_count' | 'follower_count';

/** TypeORM answers UPDATE/DELETE … RETURNING on PostgreSQL with [rows, count]. */
function returnedRows<T>(result: unknown): T[] {
  const r = result as unknown[];
  return Array.isArray(r[0]) && typeof r[1] === 'number' ? (r[0] as T[]) : (r as T[]);
}

/**
 * The generic input rows and what hangs on them. Counters are changed with one atomic
 * `UPDATE … SET n = n + 1` in the same transaction as the row that justifies it, and only when
 * that row really was inserted (or deleted): the primary key of support and follow rows makes a
 * double impossible, so concurrent requests never lose or double-count.
 */
@Injectable()
export class InputRepository {
  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Inserts the input; a named author's primary org unit is recorded with it (feedback metrics
   * by org unit), an anonymous input never gets one.
   */
  async insert(m: EntityManager, input: NewInput, at: Date = new Date()): Promise<InputEntity> {
    await m.insert(InputEntity, { ...input, createdAt: at, updatedAt: at });
    await m.query(
      `UPDATE input SET search_vector = to_tsvector('dutch', title || ' ' || body),
         org_unit_id = CASE WHEN author_id IS NULL THEN NULL
           ELSE (SELECT primary_org_unit_id FROM app_user WHERE id = author_id) END
       WHERE id = $1`,
      [input.id],
    );
    return (await m.findOneBy(InputEntity, { id: input.id }))!;
  }

  /** Recomputes the full-text vector (Dutch stemming) from the title and body. */
  async refreshSearch(m: EntityManager, id: string): Promise<void> {
    await m.query(
      `UPDATE input SET search_vector = to_tsvector('dutch', title || ' ' || body) WHERE id = $1`,
      [id],
    );
  }

  findByIds(ids: readonly string[], m: EntityManager = this.manager): Promise<InputEntity[]> {
    return ids.length ? m.find(InputEntity, { where: { id: In([...ids]) } }) : Promise.resolve([]);
  }

  async find(id: string, m: EntityManager = this.manager): Promise<InputEntity | null> {
    return m.findOneBy(InputEntity, { id });
  }

  /** Reads and row-locks the input: edits, withdrawals and responses never interleave. */
  lock(m: EntityManager, id: string): Promise<InputEntity | null> {
    return m
      .createQueryBuilder(InputEntity, 'i')
      .setLock('pessimistic_write')
      .where('i.id = :id', { id })
      .getOne();
  }

  /**
   * The input's feedback status under a row lock (FOR NO KEY UPDATE, which a merge takes too):
   * a support or follow cannot slip in while the input is merged away.
   */
  async feedbackStatusForUpdate(m: EntityManager, id: string): Promise<string | null> {
    const rows = await m.query<{ feedback_status: string }[]>(
      'SELECT feedback_status FROM input WHERE id = $1 FOR NO KEY UPDATE',
      [id],
    );
    return rows[0]?.feedback_status ?? null;
  }

  findByIdempotencyHash(hash: string, m: EntityManager = this.manager) {
    return m.findOneBy(InputEntity, { idempotencyHash: hash });
  }

  async update(m: EntityManager, id: string, changes: Partial<InputEntity>): Promise<void> {
    await m.update(InputEntity, { id }, { ...changes, updatedAt: new Date() });
    if (changes.title !== undefined || changes.body !== undefined) await this.refreshSearch(m, id);
  }

  private async bump(m: EntityManager, id: string, counter: Counter, by: 1 | -1) {
    const rows = returnedRows<{ n: number }>(
      await m.query(
        `UPDATE input SET ${counter} = ${counter} + $2 WHERE id = $1 RETURNING ${counter} AS n`,
        [id, by],
      ),
    );
    return rows[0]?.n ?? 0;
  }

  private async current(m: EntityManager, id: string, counter: Counter) {
    const rows = await m.query<{ n: number }[]>(`SELECT ${counter} AS n FROM input WHERE id = $1`, [
      id,
    ]);
    return rows[0]?.n ?? 0;
  }

  private async toggle(
    m: EntityManager,
    table: 'input_support' | 'input_follow',
    counter: Counter,
    inputId: string,
    userId: string,
    on: boolean,
  ): Promise<ToggleResult> {
    const rows = returnedRows<unknown>(
      on
        ? await m.query(
            `INSERT INTO ${table} (input_id, user_id) VALUES ($1, $2)
             ON CONFLICT DO NOTHING RETURNING input_id`,
            [inputId, userId],
          )
        : await m.query(
            `DELETE FROM ${table} WHERE input_id = $1 AND user_id = $2 RETURNING input_id`,
            [inputId, userId],
          ),
    );
    if (rows.length)
      return { changed: true, count: await this.bump(m, inputId, counter, on ? 1 : -1) };
    return { changed: false, count: await this.current(m, inputId, counter) };
  }

  setSupport(m: EntityManager, inputId: string, userId: string, on: boolean) {
    return this.toggle(m, 'input_support', 'support_count', inputId, userId, on);
  }

  setFollow(m: EntityManager, inputId: string, userId: string, on: boolean) {
    return this.toggle(m, 'input_follow', 'follower_count', inputId, userId, on);
  }

  /** Many supports at once (demo seed and imports): one insert, then the exact count. */
  async addSupports(m: EntityManager, inputId: string, userIds: string[]): Promise<void> {
    if (!userIds.length) return;
    await m.query(
      `INSERT INTO input_support (input_id, user_id) SELECT $1, unnest($2::uuid[])
       ON CONFLICT DO NOTHING`,
      [inputId, userIds],
    );
    await m.query(
      `UPDATE input SET support_count = (SELECT count(*) FROM input_support WHERE input_id = $1)
       WHERE id = $1`,
      [inputId],
    );
  }

  /**
   * Moves the supporters and followers of `fromId` to `intoId` (a merge): rows copied with
   * `ON CONFLICT DO NOTHING` (someone who supported both counts once), removed from the source,
   * and both counts recomputed from the rows. The caller holds both input rows locked.
   */
  async moveSupportersAndFollowers(
    m: EntityManager,
    fromId: string,
    intoId: string,
  ): Promise<{ supporters: number; followers: number }> {
    for (const table of ['input_support', 'input_follow'] as const) {
      await m.query(
        `INSERT INTO ${table} (input_id, user_id, created_at)
         SELECT $2, user_id, created_at FROM ${table} WHERE input_id = $1
         ON CONFLICT DO NOTHING`,
        [fromId, intoId],
      );
      await m.query(`DELETE FROM ${table} WHERE input_id = $1`, [fromId]);
    }
    const rows = returnedRows<{ id: string; support_count: number; follower_count: number }>(
      await m.query(
        `UPDATE input i SET
           support_count = (SELECT count(*) FROM input_support s WHERE s.input_id = i.id),
           follower_count = (SELECT count(*) FROM input_follow f WHERE f.input_id = i.id)
         WHERE i.id = ANY($1::uuid[])
         RETURNING i.id, i.support_count, i.follower_count`,
        [[fromId, intoId]],
      ),
    );
    const into = rows.find((r) => r.id === intoId);
    return { supporters: into?.support_count ?? 0, followers: into?.follower_count ?? 0 };
  }

  /** Of `inputIds`, those `userId` supports (the viewer's own support, batched). */
  async supportedBy(userId: string, inputIds: readonly string[]): Promise<Set<string>> {
    if (!inputIds.length) return new Set();
    const rows = await this.manager.find(InputSupportEntity, {
      select: { inputId: true },
      where: { userId, inputId: In([...inputIds]) },
    });
    return new Set(rows.map((r) => r.inputId));
  }

  async followedBy(userId: string, inputIds: readonly string[]): Promise<Set<string>> {
    if (!inputIds.length) return new Set();
    const rows = await this.manager.find(InputFollowEntity, {
      select: { inputId: true },
      where: { userId, inputId: In([...inputIds]) },
    });
    return new Set(rows.map((r) => r.inputId));
  }

  /** Display names of named authors and responders (never e-mail addresses). */
  async personNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.manager.query<{ id: string; name: string }[]>(
      'SELECT id, name FROM app_user WHERE id = ANY($1::uuid[])',
      [[...ids]],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  // Comments -----------------------------------------------------------------------------

  async insertComment(
    m: EntityManager,
    c: Pick<InputCommentEntity, 'id' | 'inputId' | 'parentId' | 'body' | 'authorId' | 'authorHash'>,
  ): Promise<InputCommentEntity> {
    const at = new Date();
    await m.insert(InputCommentEntity, { ...c, createdAt: at, updatedAt: at });
    await this.bump(m, c.inputId, 'comment_count', 1);
    return (await m.findOneBy(InputCommentEntity, { id: c.id }))!;
  }

  findComment(id: string, m: EntityManager = this.manager) {
    return m.findOneBy(InputCommentEntity, { id });
  }

  lockComment(m: EntityManager, id: string): Promise<InputCommentEntity | null> {
    return m
      .createQueryBuilder(InputCommentEntity, 'c')
      .setLock('pessimistic_write')
      .where('c.id = :id', { id })
      .getOne();
  }

  async updateComment(m: EntityManager, id: string, changes: Partial<InputCommentEntity>) {
    await m.update(InputCommentEntity, { id }, { ...changes, updatedAt: new Date() });
  }

  /** Deletes the text (the row keeps replies in place) and lowers the input's count once. */
  async deleteComment(m: EntityManager, c: InputCommentEntity): Promise<void> {
    if (c.deletedAt) return;
    await this.updateComment(m, c.id, { body: '', deletedAt: new Date() });
    await this.bump(m, c.inputId, 'comment_count', -1);
  }

  /** Top-level comments of an input, oldest first, keyset on (created_at, id). */
  topLevelComments(
    inputId: string,
    limit: number,
    after: { createdAt: string; id: string } | null,
  ): Promise<InputCommentEntity[]> {
    const qb = this.manager
      .createQueryBuilder(InputCommentEntity, 'c')
      .where('c.input_id = :inputId AND c.parent_id IS NULL', { inputId })
      .orderBy('c.created_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(limit);
    if (after) {
      qb.andWhere('(c.created_at, c.id) > (:afterAt, :afterId)', {
        afterAt: after.createdAt,
        afterId: after.id,
      });
    }
    return qb.getMany();
  }

  /** Replies of many comments in one query, oldest first. */
  async replies(parentIds: readonly string[]): Promise<Map<string, InputCommentEntity[]>> {
    const map = new Map<string, InputCommentEntity[]>();
    if (!parentIds.length) return map;
    const rows = await this.manager.find(InputCommentEntity, {
      where: { parentId: In([...parentIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    for (const r of rows) {
      const list = map.get(r.parentId!) ?? [];
      list.push(r);
      map.set(r.parentId!, list);
    }
    return map;
  }

  commentsByIds(ids: readonly string[]) {
    return ids.length
      ? this.manager.find(InputCommentEntity, { where: { id: In([...ids]) } })
      : Promise.resolve([]);
  }
}
