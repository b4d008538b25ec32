// The baseline of the idea-list benchmark: a bare Node `http` server with a `pg` pool that runs
// the SAME SQL statements the API runs for
//   ideas(challengeId, first: 20, sort, after) { edges { node { id title tags createdAt
//     supportCount commentCount anonymous author { id name anonymous } viewer { supported } } }
//     pageInfo { hasNextPage endCursor } }
// (captured from the API with log_statement = all: the session, the challenge with its
// trajectory's access in one statement, and the list read with the author names and the
// viewer's support joined in — two list reads for a wrapped random page) and answers the same
// JSON, with nothing else in between: no GraphQL, no framework.
import { createHash, createHmac } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';

const schema = process.env.DATABASE_SCHEMA;
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  ...(schema ? { options: `-c search_path=${schema},public` } : {}),
});
// BARE_PREPARED=1: named (server-side prepared) statements, planned once per connection, to
// show what PostgreSQL's parse and plan of every statement costs (not what the API does).
if (process.env.BARE_PREPARED === '1') {
  const plain = pool.query.bind(pool);
  pool.query = (text, values) =>
    plain({ name: createHash('sha1').update(text).digest('hex').slice(0, 20), text, values });
}
const IDLE_MINUTES = Number(process.env.SESSION_IDLE_MINUTES ?? 60);
const ORDER_KEY = createHmac('sha256', process.env.APP_SECRET)
  .update('inspraak:input-order:v1')
  .digest();

const SESSION = `SELECT s.id, s.user_id, u.role, s.last_seen_at
         FROM session s JOIN app_user u ON u.id = s.user_id
        WHERE s.id = $1 AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(mins => $2)
          AND u.deactivated_at IS NULL`;
// The API's own SQL texts, handed over by bench/idea-list.bench.ts (imported from the challenges
// library), so the two cannot drift apart: the access statement and the list's select list.
const SQL = JSON.parse(process.env.BARE_SQL ?? 'null');
if (!SQL?.access || !SQL?.listSelect) throw new Error('BARE_SQL (from the bench) is required');
const CHALLENGE_ACCESS = SQL.access;
const LIST = (where, order, n) =>
  `SELECT ${SQL.listSelect} FROM input i JOIN idea d ON d.input_id = i.id
       WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT $${n}`;
const encodeCursor = (values) => Buffer.from(JSON.stringify(values)).toString('base64url');
function decodeCursor(cursor, arity) {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(v) && v.length === arity ? v : null;
  } catch {
    return null;
  }
}
const orderSeed = (userId, containerId) =>
  createHmac('sha256', ORDER_KEY)
    .update(`input-order:${userId}:${containerId}`)
    .digest()
    .readUInt32BE(0) & 0x7fffffff;

class Failure extends Error {}

async function principal(req) {
  const m = /(?:^|;\s*)__Host-inspraak_session=([A-Za-z0-9_-]{43})(?:;|$)/.exec(
    req.headers.cookie ?? '',
  );
  if (!m) throw new Failure('UNAUTHENTICATED');
  const id = createHash('sha256').update(m[1]).digest('hex');
  const { rows } = await pool.query(SESSION, [id, IDLE_MINUTES]);
  const s = rows[0];
  if (!s) throw new Failure('UNAUTHENTICATED');
  if (Date.now() - s.last_seen_at.getTime() > 60_000) {
    await pool.query('UPDATE session SET last_seen_at = now() WHERE id = $1', [s.id]);
  }
  return { userId: s.user_id, role: s.role };
}

async function assertVisible(p, challengeId) {
  const t = (await pool.query(CHALLENGE_ACCESS, [[challengeId], p.userId])).rows[0];
  if (!t) throw new Failure('NOT_FOUND');
  const admin = p.role === 'ADMIN';
  const owner = t.owner_id === p.userId;
  const team = owner || t.roles.length > 0;
  const canEdit = admin || owner || t.roles.some((r) => ['OWNER', 'PROJECT_LEAD'].includes(r));
  const visible =
    (admin || team || t.visibility === 'ORGANISATION' || t.in_units || t.invited.length > 0) &&
    (canEdit || t.state !== 'DRAFT') &&
    (t.in_audience || admin || team);
  if (!visible) throw new Failure('NOT_FOUND');
}

/** The list read of IdeaRepository.list: $1 the challenge, $2 the viewer, then the keyset. */
async function list(challengeId, viewerId, sort, after, seed, limit) {
  const base = [`i.container_id = $1`, "i.status = 'ACTIVE'", 'i.hidden = false'];
  const select = async (where, order, params) =>
    (await pool.query(LIST(where, order, params.length), params)).rows;
  if (sort === 'RANDOM') {
    const a = after ? decodeCursor(after, 3) : null;
    const rows = [];
    for (const wrapped of [false, true]) {
      if (a && a[0] === 1 && !wrapped) continue;
      const params = [challengeId, viewerId, seed];
      const where = [...base, wrapped ? 'i.random_key < $3' : 'i.random_key >= $3'];
      if (a && (a[0] === 1) === wrapped) {
        params.push(a[1], a[2]);
        where.push(`(i.random_key, i.id) > ($${params.length - 1}, $${params.length})`);
      }
      params.push(limit - rows.length);
      rows.push(...(await select(where, 'i.random_key ASC, i.id ASC', params)));
      if (rows.length >= limit) break;
    }
    return rows;
  }
  const params = [challengeId, viewerId];
  const where = [...base];
  let order;
  const a = after ? decodeCursor(after, 2) : null;
  if (sort === 'NEWEST') {
    order = 'i.created_at DESC, i.id DESC';
    if (a) {
      params.push(a[0], a[1]);
      where.push(`(i.created_at, i.id) < ($${params.length - 1}, $${params.length})`);
    }
  } else {
    const col = sort === 'MOST_SUPPORTED' ? 'i.support_count' : 'i.comment_count';
    order = `${col} DESC, i.id DESC`;
    if (a) {
      params.push(a[0], a[1]);
      where.push(`(${col}, i.id) < ($${params.length - 1}, $${params.length})`);
    }
  }
  params.push(limit);
  return select(where, order, params);
}

function cursorOf(sort, r, seed) {
  switch (sort) {
    case 'NEWEST':
      return encodeCursor([r.created_key, r.id]);
    case 'MOST_SUPPORTED':
      return encodeCursor([r.support_count, r.id]);
    case 'MOST_DISCUSSED':
      return encodeCursor([r.comment_count, r.id]);
    default:
      return encodeCursor([r.random_key < seed ? 1 : 0, r.random_key, r.id]);
  }
}

async function ideas(req, body) {
  const p = await principal(req);
  const { c: challengeId, s: sort = 'NEWEST', a: after, first = 20 } = body.variables ?? {};
  await assertVisible(p, challengeId);
  const seed = orderSeed(p.userId, challengeId);
  const rows = await list(challengeId, p.userId, sort, after ?? null, seed, first + 1);
  const page = rows.slice(0, first);
  const edges = page.map((r) => {
    const anonymous = r.author_hash !== null;
    let author = null;
    if (anonymous) author = { id: null, name: 'Anoniem', anonymous: true };
    else if (r.author_id && r.author_name !== null) {
      author = { id: r.author_id, name: r.author_name, anonymous: false };
    }
    return {
      node: {
        id: r.id,
        title: r.title,
        tags: r.tags ?? [],
        createdAt: r.created_at.toISOString(),
        supportCount: r.support_count,
        commentCount: r.comment_count,
        anonymous,
        author,
        viewer: { supported: r.viewer_supported },
      },
    };
  });
  return {
    data: {
      ideas: {
        edges,
        pageInfo: {
          hasNextPage: rows.length > first,
          endCursor: page.length ? cursorOf(sort, page.at(-1), seed) : null,
        },
      },
    },
  };
}

http
  .createServer((req, res) => {
    if (req.url === '/health/ready') return res.end('ok');
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', async () => {
      try {
        const json = JSON.stringify(await ideas(req, JSON.parse(body)));
        res.writeHead(200, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(json),
        });
        res.end(json);
      } catch (e) {
        const json = JSON.stringify({
          errors: [{ message: String(e.message), extensions: { code: e.message } }],
          data: null,
        });
        res.writeHead(e instanceof Failure ? 200 : 500, { 'content-type': 'application/json' });
        res.end(json);
      }
    });
  })
  .listen(Number(process.env.PORT), '127.0.0.1');
