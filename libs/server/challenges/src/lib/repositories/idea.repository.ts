import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { IdeaListState, IdeaSort } from '@inspraak/contracts';
import type { FeedbackStateColumns } from '@inspraak/server-feedback';
import { FeedbackLinkValue } from '@inspraak/server-inputs';
import { IdeaEntity } from '../entities/challenge.entity';

/**
 * An idea as the API reads it: the generic input row plus its tags, and the feedback loop's
 * current state (FeedbackStateColumns).
 */
export interface IdeaRecord extends FeedbackStateColumns {
  id: string;
  challengeId: string;
  trajectoryId: string;
  phase: string;
  title: string;
  body: string;
  tags: string[];
  authorId: string | null;
  authorHash: string | null;
  status: string;
  hidden: boolean;
  hiddenReason: string | null;
  supportCount: number;
  commentCount: number;
  followerCount: number;
  randomKey: number;
  editedAt: Date | null;
  withdrawnAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A row of a list read for one viewer: what its card shows beyond the idea itself. */
export interface IdeaListRecord extends IdeaRecord {
  /** created_at with its microseconds (ISO, UTC): the NEWEST cursor's exact key. */
  createdKey: string;
  /** The named author's display name (null: anonymous, or the account was erased). */
  authorName: string | null;
  /** The viewer supports the idea. */
  viewerSupported: boolean;
}

/**
 * Similar ideas of one challenge ($1), ranked by Dutch full-text rank ($2, a tsquery or null)
 * plus trigram similarity of the title ($3), top $4. Two short candidate lists, each read from an
 * index of that challenge, instead of scoring every match: the titles nearest to the text (the
 * GiST index on (container_id, title) answers `<->` in distance order) and the best full-text
 * matches (the GIN index on search_vector). The final ranking is the same as scoring all
 * matches (full-text match or `title % text`) unless the true top $4 lies beyond both lists
 * ($5 = 4 × $4 candidates each).
 */
const SIMILAR = `WITH trigram AS (
         SELECT i.id FROM input i
         WHERE i.container_id = $1 AND i.status = 'ACTIVE' AND i.hidden = false
         ORDER BY i.title <-> $3 LIMIT $5
       ), fulltext AS (
         SELECT i.id FROM input i
         WHERE $2::text IS NOT NULL AND i.container_id = $1 AND i.status = 'ACTIVE'
           AND i.hidden = false AND i.search_vector @@ to_tsquery('dutch', $2)
         ORDER BY ts_rank(i.search_vector, to_tsquery('dutch', $2)) DESC, i.id LIMIT $5
       )
       SELECT id, title, rank, similarity FROM (
         SELECT i.id, i.title,
           COALESCE(ts_rank(i.search_vector, to_tsquery('dutch', $2)), 0) AS rank,
           similarity(i.title, $3) AS similarity,
           ($2::text IS NOT NULL AND i.search_vector @@ to_tsquery('dutch', $2))
             OR i.title % $3 AS matches
         FROM input i
         WHERE i.id IN (SELECT id FROM trigram UNION SELECT id FROM fulltext)
       ) candidates
       WHERE matches
       ORDER BY rank + similarity DESC, id
       LIMIT $4`;

const COLUMNS = `i.id, i.container_id, i.trajectory_id, i.phase, i.title, i.body, d.tags,
  i.author_id, i.author_hash, i.status, i.hidden, i.hidden_reason, i.support_count,
  i.comment_count, i.follower_count, i.random_key, i.feedback_status, i.feedback_text,
  i.feedback_responder_id, i.first_responded_at, i.last_responded_at, i.feedback_due_at,
  i.merged_into_id, i.feedback_links, i.edited_at, i.withdrawn_at, i.created_at, i.updated_at`;

/**
 * What a list row adds for its viewer ($V is the viewer's id): the exact created_at as text
 * (a JS Date keeps milliseconds, PostgreSQL microseconds), the named author's name and the
 * viewer's support, each read per returned row through a primary key.
 */
const LIST_COLUMNS = (viewer: string) => `,
  to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_key,
  (SELECT u.name FROM app_user u WHERE u.id = i.author_id AND i.author_hash IS NULL)
    AS author_name,
  COALESCE((SELECT true FROM input_support s WHERE s.user_id = ${viewer} AND s.input_id = i.id),
    false) AS viewer_supported`;

/** The list read's select list, `viewer` the viewer's parameter (the benchmark's bare server
 * runs the same SQL: bench/bare-ideas-server.mjs). */
export const IDEA_LIST_SELECT = (viewer: string) => `${COLUMNS}${LIST_COLUMNS(viewer)}`;

interface Raw {
  id: string;
  container_id: string;
  trajectory_id: string;
  phase: string;
  title: string;
  body: string;
  tags: string[];
  author_id: string | null;
  author_hash: string | null;
  status: string;
  hidden: boolean;
  hidden_reason: string | null;
  support_count: number;
  comment_count: number;
  follower_count: number;
  random_key: number;
  feedback_status: string;
  feedback_text: string | null;
  feedback_responder_id: string | null;
  first_responded_at: Date | null;
  last_responded_at: Date | null;
  feedback_due_at: Date;
  merged_into_id: string | null;
  feedback_links: FeedbackLinkValue[] | null;
  edited_at: Date | null;
  withdrawn_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

interface ListRaw extends Raw {
  created_key: string;
  author_name: string | null;
  viewer_supported: boolean;
}

const toRecord = (r: Raw): IdeaRecord => ({
  id: r.id,
  challengeId: r.container_id,
  trajectoryId: r.trajectory_id,
  phase: r.phase,
  title: r.title,
  body: r.body,
  tags: r.tags ?? [],
  authorId: r.author_id,
  authorHash: r.author_hash,
  status: r.status,
  hidden: r.hidden,
  hiddenReason: r.hidden_reason,
  supportCount: r.support_count,
  commentCount: r.comment_count,
  followerCount: r.follower_count,
  randomKey: r.random_key,
  feedbackStatus: r.feedback_status,
  feedbackText: r.feedback_text,
  feedbackResponderId: r.feedback_responder_id,
  firstRespondedAt: r.first_responded_at,
  lastRespondedAt: r.last_responded_at,
  feedbackDueAt: r.feedback_due_at,
  mergedIntoId: r.merged_into_id,
  feedbackLinks: r.feedback_links,
  editedAt: r.edited_at,
  withdrawnAt: r.withdrawn_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toListRecord = (r: ListRaw): IdeaListRecord => {
  // Added to the record rather than spread into a copy: 21 rows a page, every request.
  const record = toRecord(r) as IdeaListRecord;
  record.createdKey = r.created_key;
  record.authorName = r.author_name;
  record.viewerSupported = r.viewer_supported;
  return record;
};

/** Where the list continues: the sort values of the last row seen. */
export type IdeaKeyset =
  | { sort: IdeaSort.NEWEST; /** ISO, microseconds kept. */ createdAt: string; id: string }
  | { sort: IdeaSort.MOST_SUPPORTED | IdeaSort.MOST_DISCUSSED; count: number; id: string }
  | { sort: IdeaSort.RANDOM; wrapped: boolean; key: number; id: string };

export interface IdeaListQuery {
  challengeId: string;
  /** The viewer: their support of each idea comes with the row. */
  viewerId: string;
  sort: IdeaSort;
  limit: number;
  state: IdeaListState;
  tag: string | null;
  /** Only these ids (the viewer's own ideas, named and anonymous), withdrawn and hidden too. */
  onlyIds: string[] | null;
  /** The viewer's offset into the shuffled order (RANDOM). */
  seed: number;
  after: IdeaKeyset | null;
}

/**
 * Idea lists, one indexed read each: the input row carries the counts, and every order has an
 * index starting (container_id, status, hidden). No score is computed per query.
 */
@Injectable()
export class IdeaRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(m: EntityManager, idea: Pick<IdeaEntity, 'inputId' | 'challengeId' | 'tags'>) {
    await m.insert(IdeaEntity, idea);
  }

  async setTags(m: EntityManager, inputId: string, tags: string[]) {
    await m.update(IdeaEntity, { inputId }, { tags });
  }

  async findByIds(ids: readonly string[], m: EntityManager = this.dataSource.manager) {
    if (!ids.length) return [];
    const rows = await m.query<Raw[]>(
      `SELECT ${COLUMNS} FROM input i JOIN idea d ON d.input_id = i.id
       WHERE i.id = ANY($1::uuid[])`,
      [[...ids]],
    );
    return rows.map(toRecord);
  }

  async find(id: string, m?: EntityManager): Promise<IdeaRecord | null> {
    return (await this.findByIds([id], m))[0] ?? null;
  }

  async list(q: IdeaListQuery): Promise<IdeaListRecord[]> {
    if (q.sort === IdeaSort.RANDOM) return this.random(q);
    const { where, order, params } = this.listQuery(q);
    return this.select(where, order, params);
  }

  /** EXPLAIN (ANALYZE) of the list query (for the plan test at full scale). */
  async explainList(q: IdeaListQuery): Promise<string> {
    const { where, order, params } =
      q.sort === IdeaSort.RANDOM ? this.randomQuery(q, false, []) : this.listQuery(q);
    const rows = await this.dataSource.query<{ 'QUERY PLAN': string }[]>(
      `EXPLAIN (ANALYZE, BUFFERS) ${this.sql(where, order, params)}`,
      params,
    );
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  }

  /** EXPLAIN (ANALYZE) of the similar-ideas query. */
  async explainSimilar(challengeId: string, tsquery: string | null, text: string) {
    const rows = await this.dataSource.query<{ 'QUERY PLAN': string }[]>(
      `EXPLAIN (ANALYZE, BUFFERS) ${SIMILAR}`,
      [challengeId, tsquery, text, 5, 20],
    );
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  }

  private listQuery(q: IdeaListQuery) {
    const params: unknown[] = [q.challengeId, q.viewerId];
    const where = this.filters(q, params);
    let order: string;
    if (q.sort === IdeaSort.NEWEST) {
      order = 'i.created_at DESC, i.id DESC';
      if (q.after?.sort === IdeaSort.NEWEST) {
        params.push(q.after.createdAt, q.after.id);
        where.push(`(i.created_at, i.id) < ($${params.length - 1}, $${params.length})`);
      }
    } else {
      const col = q.sort === IdeaSort.MOST_SUPPORTED ? 'i.support_count' : 'i.comment_count';
      order = `${col} DESC, i.id DESC`;
      if (q.after && 'count' in q.after) {
        params.push(q.after.count, q.after.id);
        where.push(`(${col}, i.id) < ($${params.length - 1}, $${params.length})`);
      }
    }
    params.push(q.limit);
    return { where, order, params };
  }

  /**
   * The shuffled order: the precomputed random key, read from the viewer's seed upwards and
   * then from the start up to the seed (a rotation of one index range, so keyset pagination and
   * the index both work).
   */
  private async random(q: IdeaListQuery): Promise<IdeaListRecord[]> {
    const after = q.after?.sort === IdeaSort.RANDOM ? q.after : null;
    const rows: IdeaListRecord[] = [];
    for (const wrapped of [false, true]) {
      if (after?.wrapped && !wrapped) continue;
      const { where, order, params } = this.randomQuery(q, wrapped, rows);
      rows.push(...(await this.select(where, order, params)));
      if (rows.length >= q.limit) break;
    }
    return rows;
  }

  private randomQuery(q: IdeaListQuery, wrapped: boolean, found: unknown[]) {
    const after = q.after?.sort === IdeaSort.RANDOM ? q.after : null;
    const params: unknown[] = [q.challengeId, q.viewerId];
    const where = this.filters(q, params);
    params.push(q.seed);
    where.push(wrapped ? `i.random_key < $${params.length}` : `i.random_key >= $${params.length}`);
    if (after && after.wrapped === wrapped) {
      params.push(after.key, after.id);
      where.push(`(i.random_key, i.id) > ($${params.length - 1}, $${params.length})`);
    }
    params.push(q.limit - found.length);
    return { where, order: 'i.random_key ASC, i.id ASC', params };
  }

  /** $1 is the challenge, $2 the viewer. */
  private filters(q: IdeaListQuery, params: unknown[]): string[] {
    const where = ['i.container_id = $1'];
    if (q.onlyIds) {
      params.push(q.onlyIds);
      where.push(`i.id = ANY($${params.length}::uuid[])`);
    } else {
      where.push("i.status = 'ACTIVE'", 'i.hidden = false');
    }
    // A public response: any feedback status after RECEIVED (which always comes with a text).
    if (q.state === IdeaListState.AWAITING_RESPONSE) where.push('i.first_responded_at IS NULL');
    if (q.state === IdeaListState.RESPONDED) where.push('i.first_responded_at IS NOT NULL');
    if (q.tag) {
      params.push([q.tag]);
      where.push(`d.tags @> $${params.length}::text[]`);
    }
    return where;
  }

  private sql(where: string[], order: string, params: unknown[]) {
    return `SELECT ${IDEA_LIST_SELECT('$2')} FROM input i JOIN idea d ON d.input_id = i.id
       WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT $${params.length}`;
  }

  private async select(where: string[], order: string, params: unknown[]) {
    const rows = await this.dataSource.query<ListRaw[]>(this.sql(where, order, params), params);
    return rows.map(toListRecord);
  }

  /** Ids and hashes of the anonymous ideas of a challenge ("my ideas" recomputes the hash). */
  async anonymousIn(challengeId: string): Promise<{ id: string; authorHash: string }[]> {
    const rows = await this.dataSource.query<{ id: string; author_hash: string }[]>(
      `SELECT id, author_hash FROM input WHERE container_id = $1 AND author_hash IS NOT NULL`,
      [challengeId],
    );
    return rows.map((r) => ({ id: r.id, authorHash: r.author_hash }));
  }

  async namedBy(challengeId: string, userId: string): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      'SELECT id FROM input WHERE container_id = $1 AND author_id = $2',
      [challengeId, userId],
    );
    return rows.map((r) => r.id);
  }

  /** Of `ids`, those the user supports (`input_support`) or follows (`input_follow`). */
  async markedBy(
    table: 'input_support' | 'input_follow',
    userId: string,
    ids: readonly string[],
  ): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.dataSource.query<{ input_id: string }[]>(
      `SELECT input_id FROM ${table} WHERE user_id = $1 AND input_id = ANY($2::uuid[])`,
      [userId, [...ids]],
    );
    return new Set(rows.map((r) => r.input_id));
  }

  /**
   * The most used tags of each challenge's visible ideas (active, not hidden) with their number
   * of ideas, most used first (then alphabetically), at most `limit` per challenge.
   */
  async tagCounts(
    challengeIds: readonly string[],
    limit: number,
  ): Promise<Map<string, { tag: string; count: number }[]>> {
    const out = new Map<string, { tag: string; count: number }[]>();
    if (!challengeIds.length) return out;
    const rows = await this.dataSource.query<{ challenge_id: string; tag: string; n: number }[]>(
      `SELECT challenge_id, tag, n FROM (
         SELECT d.challenge_id, t.tag, count(*)::int AS n,
           row_number() OVER (PARTITION BY d.challenge_id ORDER BY count(*) DESC, t.tag) AS place
         FROM input i JOIN idea d ON d.input_id = i.id
           CROSS JOIN LATERAL unnest(d.tags) AS t(tag)
         WHERE i.container_id = ANY($1::uuid[]) AND d.challenge_id = ANY($1::uuid[])
           AND i.status = 'ACTIVE' AND i.hidden = false
         GROUP BY d.challenge_id, t.tag
       ) counted
       WHERE place <= $2 ORDER BY challenge_id, place`,
      [[...challengeIds], limit],
    );
    for (const r of rows) {
      const list = out.get(r.challenge_id) ?? [];
      list.push({ tag: r.tag, count: Number(r.n) });
      out.set(r.challenge_id, list);
    }
    return out;
  }

  /**
   * Top similar visible ideas of a challenge: Dutch full-text match (stemmed words, the last
   * one as a prefix) or trigram similarity of the title, ranked by both.
   */
  async similar(challengeId: string, tsquery: string | null, text: string, limit: number) {
    const rows = await this.dataSource.query<
      { id: string; title: string; rank: number; similarity: number }[]
    >(SIMILAR, [challengeId, tsquery, text, limit, 4 * limit]);
    return rows;
  }

  /** Visible, not withdrawn ideas without a published response, oldest first. */
  async awaitingResponse(challengeId: string, limit: number): Promise<IdeaRecord[]> {
    const rows = await this.dataSource.query<Raw[]>(
      `SELECT ${COLUMNS} FROM input i JOIN idea d ON d.input_id = i.id
       WHERE i.container_id = $1 AND i.status = 'ACTIVE' AND i.hidden = false
         AND i.first_responded_at IS NULL
       ORDER BY i.created_at, i.id LIMIT $2`,
      [challengeId, limit],
    );
    return rows.map(toRecord);
  }
}
