import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  PersonalDataErasure,
  PersonalDataExportOptions,
  PersonalDataRegistry,
  RegisteredPersonalDataSource,
  PersonalDataSubject,
} from '@inspraak/server-audit';
import { AnonymousAuthorService } from '../services/anonymous-author.service';

interface InputRow {
  id: string;
  kind: string;
  trajectory: string;
  title: string;
  body: string;
  status: string;
  feedback_status: string;
  hidden: boolean;
  created_at: Date;
  edited_at: Date | null;
  withdrawn_at: Date | null;
}

interface CommentRow {
  id: string;
  input_id: string;
  input_title: string;
  body: string;
  hidden: boolean;
  created_at: Date;
  deleted_at: Date | null;
}

const INPUT_COLUMNS = `i.id, i.kind, t.title AS trajectory, i.title, i.body, i.status,
  i.feedback_status, i.hidden, i.created_at, i.edited_at, i.withdrawn_at`;
const COMMENT_COLUMNS = `c.id, c.input_id, i.title AS input_title, c.body, c.hidden, c.created_at,
  c.deleted_at`;
/** Anonymous rows read per query when the person looks for their own (keyset over ids). */
const SCAN_BATCH = 5000;

const input = (r: InputRow) => ({
  id: r.id,
  kind: r.kind,
  trajectory: r.trajectory,
  title: r.title,
  text: r.body,
  status: r.status,
  feedbackStatus: r.feedback_status,
  hidden: r.hidden,
  createdAt: r.created_at.toISOString(),
  editedAt: r.edited_at?.toISOString() ?? null,
  withdrawnAt: r.withdrawn_at?.toISOString() ?? null,
});

const comment = (r: CommentRow) => ({
  id: r.id,
  onInput: { id: r.input_id, title: r.input_title },
  text: r.deleted_at ? '' : r.body,
  hidden: r.hidden,
  createdAt: r.created_at.toISOString(),
  deletedAt: r.deleted_at?.toISOString() ?? null,
});

/**
 * Input of every kind (ideas now; consultation responses and roasts later): what the person
 * wrote, supported and follows. Erasure unlinks what they wrote (the author becomes unknown),
 * keeps their support (it counted; the account that holds it has no name any more) and removes
 * their follows with the follower counts.
 */
@Injectable()
export class InputsPersonalDataSource extends RegisteredPersonalDataSource {
  readonly section = 'inputs';

  constructor(
    protected readonly registry: PersonalDataRegistry,
    private readonly dataSource: DataSource,
    private readonly anonymous: AnonymousAuthorService,
  ) {
    super();
  }

  async export(subject: PersonalDataSubject, opts: PersonalDataExportOptions) {
    const q = this.dataSource;
    const named = await q.query<InputRow[]>(
      `SELECT ${INPUT_COLUMNS} FROM input i JOIN trajectory t ON t.id = i.trajectory_id
        WHERE i.author_id = $1 AND i.author_hash IS NULL ORDER BY i.created_at, i.id`,
      [subject.userId],
    );
    const comments = await q.query<CommentRow[]>(
      `SELECT ${COMMENT_COLUMNS} FROM input_comment c JOIN input i ON i.id = c.input_id
        WHERE c.author_id = $1 AND c.author_hash IS NULL ORDER BY c.created_at, c.id`,
      [subject.userId],
    );
    const supported = await q.query<{ id: string; title: string; created_at: Date }[]>(
      `SELECT i.id, i.title, s.created_at FROM input_support s JOIN input i ON i.id = s.input_id
        WHERE s.user_id = $1 ORDER BY s.created_at, i.id`,
      [subject.userId],
    );
    const following = await q.query<{ id: string; title: string; created_at: Date }[]>(
      `SELECT i.id, i.title, f.created_at FROM input_follow f JOIN input i ON i.id = f.input_id
        WHERE f.user_id = $1 ORDER BY f.created_at, i.id`,
      [subject.userId],
    );
    return {
      written: named.map(input),
      comments: comments.map(comment),
      supported: supported.map((r) => ({
        id: r.id,
        title: r.title,
        since: r.created_at.toISOString(),
      })),
      following: following.map((r) => ({
        id: r.id,
        title: r.title,
        since: r.created_at.toISOString(),
      })),
      ...(opts.self
        ? {
            writtenAnonymously: (await this.anonymousOwn('input', subject.userId)).map(input),
            commentsAnonymously: (await this.anonymousOwn('comment', subject.userId)).map(comment),
          }
        : {}),
    };
  }

  override async erase({ manager: m, subject }: PersonalDataErasure) {
    const count = async (sql: string) =>
      (await m.query<{ n: number }[]>(sql, [subject.userId]))[0]?.n ?? 0;
    const inputs = await count(
      `WITH done AS (UPDATE input SET author_id = NULL WHERE author_id = $1 RETURNING 1)
       SELECT count(*)::int AS n FROM done`,
    );
    const comments = await count(
      `WITH done AS (UPDATE input_comment SET author_id = NULL WHERE author_id = $1 RETURNING 1)
       SELECT count(*)::int AS n FROM done`,
    );
    const follows = await count(
      `WITH gone AS (DELETE FROM input_follow WHERE user_id = $1 RETURNING input_id),
            counted AS (
              UPDATE input SET follower_count = GREATEST(follower_count - 1, 0)
               WHERE id IN (SELECT input_id FROM gone) RETURNING id)
       SELECT count(*)::int AS n FROM gone`,
    );
    return { unlinkedInputs: inputs, unlinkedComments: comments, follows };
  }

  /**
   * The person's anonymous inputs or comments: only they can find them (the stored hash is
   * keyed on their account and the row id), so every anonymous row is checked, in batches.
   */
  private async anonymousOwn<T extends 'input' | 'comment'>(
    what: T,
    userId: string,
  ): Promise<T extends 'input' ? InputRow[] : CommentRow[]> {
    const table = what === 'input' ? 'input' : 'input_comment';
    const mine: string[] = [];
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.dataSource.query<{ id: string; author_hash: string }[]>(
        `SELECT id, author_hash FROM ${table}
          WHERE author_hash IS NOT NULL AND id > $1 ORDER BY id LIMIT $2`,
        [after, SCAN_BATCH],
      );
      for (const r of rows) {
        if (this.anonymous.isAuthor(userId, r.id, r.author_hash)) mine.push(r.id);
      }
      if (rows.length < SCAN_BATCH) break;
      after = rows[rows.length - 1].id;
    }
    if (!mine.length) return [] as never;
    const sql =
      what === 'input'
        ? `SELECT ${INPUT_COLUMNS} FROM input i JOIN trajectory t ON t.id = i.trajectory_id
            WHERE i.id = ANY($1::uuid[]) ORDER BY i.created_at, i.id`
        : `SELECT ${COMMENT_COLUMNS} FROM input_comment c JOIN input i ON i.id = c.input_id
            WHERE c.id = ANY($1::uuid[]) ORDER BY c.created_at, c.id`;
    return this.dataSource.query(sql, [mine]) as never;
  }
}
