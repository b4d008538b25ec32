import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor, toConnection } from '@inspraak/server-graphql';
import { ValidationError } from '@inspraak/server-errors';
import { NotificationType, RenderedNotification } from './contract';
import { NotificationEventStore } from './notification-event.store';
import { NotificationSourceRegistry } from './notification-source.registry';
import { mailLocale } from './notification-texts';
import { returnedRows } from './sql';

/** How long the hashes of a user's anonymous content are remembered (per API process). */
const ANONYMOUS_CACHE_MS = 60_000;
const ANONYMOUS_CACHE_MAX = 5000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface NotificationView extends RenderedNotification {
  id: string;
  type: NotificationType;
  createdAt: Date;
  read: boolean;
}

interface Row {
  id: string;
  event_id: string;
  created_at: Date | string;
  sort_at: string;
  read_at: Date | string | null;
  /** Stored with the anonymous author's hash, not a user id. */
  anonymous: boolean;
}

/**
 * The in-app notification centre. A user's notifications are the rows stored with their id plus
 * the rows stored with only the hash of an anonymous input they wrote (found through the
 * sources' `anonymousContentOf`, never stored), unless they caused the event or already have a
 * row by name for it. Texts are rendered at read time in the viewer's language.
 */
@Injectable()
export class NotificationCentre {
  private readonly anonymousCache = new Map<
    string,
    { hashes: string[]; generation: string; until: number }
  >();

  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: NotificationSourceRegistry,
    private readonly events: NotificationEventStore,
  ) {}

  async list(userId: string, first: number, after: string | undefined, unreadOnly: boolean) {
    const cursor = decodeCursor(after, 2);
    if (cursor && (typeof cursor[0] !== 'string' || !UUID.test(String(cursor[1])))) {
      throw new ValidationError([
        { field: 'after', code: 'INVALID_CURSOR', message: 'The cursor is not valid' },
      ]);
    }
    const hashes = await this.anonymousHashes(userId);
    const params: unknown[] = [userId];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const extra = [
      ...(unreadOnly ? ['n.read_at IS NULL'] : []),
      ...(cursor
        ? [`(n.created_at, n.id) < (${p(cursor[0])}::timestamptz, ${p(cursor[1])}::uuid)`]
        : []),
    ];
    const limit = p(first + 1);
    const named = `SELECT n.id, n.event_id, n.created_at, n.created_at::text AS sort_at, n.read_at,
             false AS anonymous
        FROM notification n WHERE ${['n.user_id = $1', ...extra].join(' AND ')}
       ORDER BY n.created_at DESC, n.id DESC LIMIT ${limit}`;
    const sql = hashes.length
      ? `SELECT * FROM ((${named}) UNION ALL (
           SELECT n.id, n.event_id, n.created_at, n.created_at::text AS sort_at, n.read_at,
                  true AS anonymous
             FROM notification n
            WHERE ${[this.anonymousWhere(p(hashes)), ...extra].join(' AND ')}
            ORDER BY n.created_at DESC, n.id DESC LIMIT ${limit})) x
         ORDER BY created_at DESC, id DESC LIMIT ${limit}`
      : named;
    const rows = await this.dataSource.query<Row[]>(sql, params);
    const views = await this.render(userId, rows);
    const connection = toConnection(views, first, (v) => encodeCursor([v.sortAt, v.id]));
    return {
      pageInfo: connection.pageInfo,
      edges: connection.edges.map((e) => ({ cursor: e.cursor, node: e.node.view })),
    };
  }

  /** Counted on the partial index of unread rows (plus the few anonymous ones). */
  async unreadCount(userId: string): Promise<number> {
    const hashes = await this.anonymousHashes(userId);
    const [named] = await this.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM notification n WHERE n.user_id = $1 AND n.read_at IS NULL',
      [userId],
    );
    if (!hashes.length) return named?.n ?? 0;
    const [anonymous] = await this.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notification n
        WHERE ${this.anonymousWhere('$2')} AND n.read_at IS NULL`,
      [userId, hashes],
    );
    return (named?.n ?? 0) + (anonymous?.n ?? 0);
  }

  /** Marks the viewer's own notifications among `ids` read; returns how many changed. */
  async markRead(userId: string, ids: string[] | null): Promise<number> {
    if (ids) {
      ids.forEach((id, i) => {
        if (!UUID.test(id)) {
          throw new ValidationError([
            { field: `ids.${i}`, code: 'INVALID_ID', message: 'Not a notification id' },
          ]);
        }
      });
      if (ids.length === 0) return 0;
    }
    const hashes = await this.anonymousHashes(userId);
    const params: unknown[] = [userId];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const mine = hashes.length
      ? `(n.user_id = $1 OR (${this.anonymousWhere(p(hashes))}))`
      : 'n.user_id = $1';
    const idFilter = ids ? `AND n.id = ANY(${p([...new Set(ids)])}::uuid[])` : '';
    const updated = returnedRows(
      await this.dataSource.query(
        `UPDATE notification n SET read_at = now()
          WHERE n.read_at IS NULL AND ${mine} ${idFilter} RETURNING n.id`,
        params,
      ),
    );
    return updated.length;
  }

  /**
   * Rows stored with a hash of the viewer's anonymous content: not an event they caused, not one
   * they also have a row for by name, not a type they turned off in-app.
   */
  private anonymousWhere(hashesParam: string): string {
    return `n.recipient_hash = ANY(${hashesParam}::varchar[])
      AND NOT EXISTS (SELECT 1 FROM notification_event e
                       WHERE e.id = n.event_id AND e.actor_id = $1::uuid)
      AND NOT EXISTS (SELECT 1 FROM notification x
                       WHERE x.event_id = n.event_id AND x.user_id = $1::uuid)
      AND NOT EXISTS (SELECT 1 FROM notification_event e
                        JOIN notification_preference p ON p.type = e.type AND p.user_id = $1::uuid
                       WHERE e.id = n.event_id AND NOT p.in_app)`;
  }

  /**
   * The hashes of the viewer's anonymous content, from the sources (they recompute the keyed
   * hash; nothing stored links the viewer to it). Cached per user for a minute, but looked up
   * again as soon as any new anonymous notification was stored (one indexed max()).
   */
  private async anonymousHashes(userId: string): Promise<string[]> {
    const now = Date.now();
    const [latest] = await this.dataSource.query<{ at: string | null }[]>(
      'SELECT max(created_at)::text AS at FROM notification WHERE recipient_hash IS NOT NULL',
    );
    const generation = latest?.at ?? '';
    const cached = this.anonymousCache.get(userId);
    if (cached && cached.until > now && cached.generation === generation) return cached.hashes;
    const sources = this.registry.all();
    const lists = await Promise.all(sources.map((s) => s.anonymousContentOf(userId)));
    const hashes = [...new Set(lists.flat().map((c) => c.authorHash))];
    if (this.anonymousCache.size >= ANONYMOUS_CACHE_MAX) this.anonymousCache.clear();
    this.anonymousCache.set(userId, { hashes, generation, until: now + ANONYMOUS_CACHE_MS });
    return hashes;
  }

  private async render(userId: string, rows: Row[]) {
    const [viewer] = await this.dataSource.query<{ locale: string }[]>(
      'SELECT locale FROM app_user WHERE id = $1',
      [userId],
    );
    const locale = mailLocale(viewer?.locale);
    const events = await this.events.loadMany(rows.map((r) => r.event_id));
    return rows.map((r) => {
      const event = events.get(r.event_id)!;
      const text: RenderedNotification = this.registry.has(event.type)
        ? this.registry
            .forType(event.type)
            .render(event, locale, { userId, anonymousAuthor: r.anonymous })
        : { title: event.type, body: null, path: '/' };
      const view: NotificationView = {
        id: r.id,
        type: event.type,
        createdAt: new Date(r.created_at),
        read: r.read_at !== null,
        ...text,
      };
      return { id: r.id, sortAt: r.sort_at, view };
    });
  }
}
