import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { IdeaListState, IdeaSort } from '@inspraak/contracts';
import { IdeaEntity } from '../entities/challenge.entity';

/** An idea as the API reads it: the generic input row plus its tags. */
export interface IdeaRecord {
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
  responseText: string | null;
  respondedById: string | null;
  respondedAt: Date | null;
  editedAt: Date | null;
  withdrawnAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Similar ideas: Dutch full text on the stored vector or trigram similarity of the title. */
const SIMILAR = `SELECT id, title, rank, similarity FROM (
         SELECT i.id, i.title,
           COALESCE(ts_rank(i.search_vector, to_tsquery('dutch', $2)), 0) AS rank,
           similarity(i.title, $3) AS similarity
         FROM input i
         WHERE i.container_id = $1 AND i.status = 'ACTIVE' AND i.hidden = false
           AND (($2::text IS NOT NULL AND i.search_vector @@ to_tsquery('dutch', $2))
                OR i.title % $3)
       ) candidates
       ORDER BY rank + similarity DESC, id
       LIMIT $4`;

const COLUMNS = `i.id, i.container_id, i.trajectory_id, i.phase, i.title, i.body, d.tags,
  i.author_id, i.author_hash, i.status, i.hidden, i.hidden_reason, i.support_count,
  i.comment_count, i.follower_count, i.random_key, i.response_text, i.responded_by_id,
  i.responded_at, i.edited_at, i.withdrawn_at, i.created_at, i.updated_at`;

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
  response_text: string | null;
  responded_by_id: string | null;
  responded_at: Date | null;
  edited_at: Date | null;
  withdrawn_at: Date | null;
  created_at: Date;
  updated_at: Date;
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
  responseText: r.response_text,
  respondedById: r.responded_by_id,
  respondedAt: r.responded_at,
  editedAt: r.edited_at,
  withdrawnAt: r.withdrawn_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Where the list continues: the sort values of the last row seen. */
export type IdeaKeyset =
  | { sort: IdeaSort.NEWEST; createdAt: string; id: string }
  | { sort: IdeaSort.MOST_SUPPORTED | IdeaSort.MOST_DISCUSSED; count: number; id: string }
  | { sort: IdeaSort.RANDOM; wrapped: boolean; key: number; id: string };

export interface IdeaListQuery {
  challengeId: string;
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

  async list(q: IdeaListQuery): Promise<IdeaRecord[]> {
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
      [challengeId, tsquery, text, 5],
    );
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  }

  private listQuery(q: IdeaListQuery) {
    const params: unknown[] = [q.challengeId];
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
  private async random(q: IdeaListQuery): Promise<IdeaRecord[]> {
    const after = q.after?.sort === IdeaSort.RANDOM ? q.after : null;
    const rows: IdeaRecord[] = [];
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
    const params: unknown[] = [q.challengeId];
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

  private filters(q: IdeaListQuery, params: unknown[]): string[] {
    const where = ['i.container_id = $1'];
    if (q.onlyIds) {
      params.push(q.onlyIds);
      where.push(`i.id = ANY($${params.length}::uuid[])`);
    } else {
      where.push("i.status = 'ACTIVE'", 'i.hidden = false');
    }
    if (q.state === IdeaListState.AWAITING_RESPONSE) where.push('i.responded_at IS NULL');
    if (q.state === IdeaListState.RESPONDED) where.push('i.responded_at IS NOT NULL');
    if (q.tag) {
      params.push([q.tag]);
      where.push(`d.tags @> $${params.length}::text[]`);
    }
    return where;
  }

  private sql(where: string[], order: string, params: unknown[]) {
    return `SELECT ${COLUMNS} FROM input i JOIN idea d ON d.input_id = i.id
       WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT $${params.length}`;
  }

  private async select(where: string[], order: string, params: unknown[]) {
    const rows = await this.dataSource.query<Raw[]>(this.sql(where, order, params), params);
    return rows.map(toRecord);
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

  /**
   * Top similar visible ideas of a challenge: Dutch full-text match (stemmed words, the last
   * one as a prefix) or trigram similarity of the title, ranked by both.
   */
  async similar(challengeId: string, tsquery: string | null, text: string, limit: number) {
    const rows = await this.dataSource.query<
      { id: string; title: string; rank: number; similarity: number }[]
    >(SIMILAR, [challengeId, tsquery, text, limit]);
    return rows;
  }

  /** Visible, not withdrawn ideas without a published response, oldest first. */
  async awaitingResponse(challengeId: string, limit: number): Promise<IdeaRecord[]> {
    const rows = await this.dataSource.query<Raw[]>(
      `SELECT ${COLUMNS} FROM input i JOIN idea d ON d.input_id = i.id
       WHERE i.container_id = $1 AND i.status = 'ACTIVE' AND i.hidden = false
         AND i.responded_at IS NULL
       ORDER BY i.created_at, i.id LIMIT $2`,
      [challengeId, limit],
    );
    return rows.map(toRecord);
  }
}
