/**
 * The bench data generator (quality.md "Scale to design for"): a whole organisation created
 * directly in a migrated database with set-based SQL (generate_series, joins; no row-by-row
 * round trips). At scale 1: 20,000 users, 400 org units (depth 5), 300 trajectories, 600
 * challenges (one with 10,000 ideas), 100,000 ideas (2% anonymous), 1,000,000 supports,
 * 500,000 comments (replies one level deep, a few deleted) and ~100,000 follows, with the
 * denormalised counts on the input rows equal to the rows. `scale` multiplies everything except
 * the 10,000 ideas of the big challenge (the idea-list target is about that one).
 *
 * PostgreSQL only (the bulk inserts and index rebuilds are too much for an in-memory PGlite).
 *
 * CLI: `DATABASE_URL=... node -r ./scripts/register.cjs bench/lib/generate-scale.ts [--scale 10]
 * [--schema name]` migrates a fresh schema (or uses DATABASE_SCHEMA as is), fills it and prints
 * the time taken and the schema name (kept for reuse with BENCH_SCHEMA).
 */
import { Client } from 'pg';
import { createTestDatabase } from '@inspraak/server-database/testing';
import { ENTITIES, MIGRATIONS } from '@inspraak/server-migrations';

export interface ScaleOptions {
  /** 1 = the quality.md scale; 10 = the 10x variant. */
  scale?: number;
  /** Ideas of the big challenge (default 10,000). */
  bigChallengeIdeas?: number;
  log?: (line: string) => void;
}

export interface ScaleResult {
  seconds: number;
  bigChallengeId: string;
  counts: Record<string, number>;
}

export const BENCH_EMAIL_DOMAIN = 'bench.nl';

const WORDS = {
  verb: [
    'Digitaliseer',
    'Vereenvoudig',
    'Automatiseer',
    'Verbeter',
    'Bundel',
    'Versnel',
    'Schrap',
    'Deel',
    'Plan',
    'Meet',
    'Standaardiseer',
    'Herzie',
    'Centraliseer',
    'Combineer',
    'Evalueer',
  ],
  object: [
    'de intake van meldingen',
    'het roosteren van diensten',
    'de afhandeling van klachten',
    'het aanvragen van verlof',
    'de inkoop van materialen',
    'het archiveren van dossiers',
    'de controle op terrassen',
    'het parkeerbeheer',
    'de overdracht tussen teams',
    "het inwerken van nieuwe collega's",
    'de registratie van uren',
    'de planning van inspecties',
    'het beheer van sleutels',
    'de communicatie met bewoners',
    'de verwerking van facturen',
    'het melden van storingen',
    'de route van handhavers',
    'het bijhouden van voorraad',
    'de vergaderstructuur',
    'het delen van kennis',
  ],
  context: [
    'met een app',
    'via één loket',
    'per wijk',
    'met vaste checklists',
    'in de ochtendploeg',
    'met een gedeeld dashboard',
    'zonder papier',
    'met buurtteams',
    'op locatie',
    'met korte lijnen',
    'per kwartaal',
    'met sensoren',
  ],
  reason: [
    'alles dubbel wordt ingevoerd',
    'niemand het overzicht heeft',
    'formulieren heen en weer gaan',
    'we op elkaar wachten',
    'informatie op drie plekken staat',
    'de regels per team verschillen',
    'het systeem traag is',
    'er geen vaste eigenaar is',
  ],
  benefit: [
    'minder werkdruk',
    'snellere antwoorden aan inwoners',
    'minder fouten',
    'lagere kosten',
    'meer tijd voor het echte werk',
    "tevreden collega's",
    'betere cijfers',
    'minder reistijd',
  ],
  tag: [
    'digitalisering',
    'werkdruk',
    'klantcontact',
    'duurzaamheid',
    'veiligheid',
    'kosten',
    'samenwerking',
    'planning',
    'kennisdeling',
    'handhaving',
    'wijkgericht',
    'opleiding',
  ],
};

/** `ARRAY[...]` literal of `WORDS[key]`. */
function arr(key: keyof typeof WORDS): string {
  return `(ARRAY[${WORDS[key].map((w) => `'${w.replace(/'/g, "''")}'`).join(',')}])`;
}
const pick = (key: keyof typeof WORDS, expr: string) =>
  `${arr(key)}[1 + ((${expr})::bigint % ${WORDS[key].length})]`;

const CRITERIA = [
  ['Impact op de dienstverlening', 'Impact on service delivery'],
  ['Impact op de kwaliteit van werk', 'Impact on the quality of work'],
  ['Haalbaarheid', 'Feasibility'],
  ['Kosten', 'Cost'],
  ['Draagvlak onder collega’s', 'Support among colleagues'],
];

/** Tables whose secondary indexes are dropped during the bulk load and rebuilt afterwards. */
const BULK_TABLES = ['input', 'idea', 'input_support', 'input_comment', 'input_follow'];

/**
 * Fills a migrated, empty schema (the client's search_path) with the full-scale organisation.
 * Returns the time taken and the row counts.
 */
export async function generateScale(client: Client, opts: ScaleOptions = {}): Promise<ScaleResult> {
  const s = opts.scale ?? 1;
  const log = opts.log ?? (() => undefined);
  const started = Date.now();
  const users = 20_000 * s;
  const trajectories = 300 * s;
  const challenges = 2 * trajectories;
  const ideas = 100_000 * s;
  const big = opts.bigChallengeIdeas ?? 10_000;
  const supports = 1_000_000 * s;
  const comments = 500_000 * s;
  // Org units per depth 0..4: 400 at scale 1.
  const levels = [5, 20, 55, 120, 200].map((n) => n * s);

  const step = async (what: string, sql: string, params: unknown[] = []) => {
    const t = Date.now();
    const r = await client.query(sql, params);
    log(`  ${what}: ${r.rowCount ?? 0} rows, ${((Date.now() - t) / 1000).toFixed(1)} s`);
    return r;
  };

  await client.query(`SET maintenance_work_mem = '512MB'`);
  await client.query(`SET work_mem = '128MB'`);
  await client.query('SELECT setseed(0.4242)');
  // Foreign keys are checked once at the end with anti-joins instead of per inserted row.
  let replica = true;
  try {
    await client.query(`SET session_replication_role = replica`);
  } catch {
    replica = false;
  }
  const indexes = (
    await client.query<{ name: string; def: string }>(
      `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
       WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid =
           (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)`,
      [BULK_TABLES],
    )
  ).rows;
  for (const ix of indexes) await client.query(`DROP INDEX "${ix.name}"`);

  await client.query('BEGIN');
  await step(
    'organisation',
    `INSERT INTO organisation (name) SELECT 'Gemeente Benchstad'
     WHERE NOT EXISTS (SELECT 1 FROM organisation)`,
  );
  for (let depth = 0; depth < levels.length; depth++) {
    await step(
      `org units depth ${depth}`,
      depth === 0
        ? `INSERT INTO org_unit (id, name, parent_id, path, depth)
           SELECT id, 'Directie ' || i, NULL, '/' || id || '/', 0
           FROM (SELECT gen_random_uuid() AS id, i FROM generate_series(1, $1) i) g`
        : `INSERT INTO org_unit (id, name, parent_id, path, depth)
           SELECT g.id, 'Eenheid ' || $2::int || '.' || g.i, p.id, p.path || g.id || '/', $2::int
           FROM (SELECT gen_random_uuid() AS id, i FROM generate_series(1, $1) i) g
           JOIN (SELECT id, path, row_number() OVER (ORDER BY path) - 1 AS rn
                 FROM org_unit WHERE depth = $2::int - 1) p
             ON p.rn = g.i % (SELECT count(*) FROM org_unit WHERE depth = $2::int - 1)`,
      depth === 0 ? [levels[0]] : [levels[depth], depth],
    );
  }
  await step(
    'users',
    `INSERT INTO app_user (name, email, primary_org_unit_id, role, locale)
     SELECT 'Medewerker ' || i, 'user' || i || '@${BENCH_EMAIL_DOMAIN}', u.id,
       CASE WHEN i <= 3 THEN 'ADMIN' WHEN i % 1000 = 0 THEN 'MODERATOR'
            WHEN i % 250 = 1 THEN 'MANAGER' ELSE 'EMPLOYEE' END,
       CASE WHEN i % 10 = 0 THEN 'en' ELSE 'nl' END
     FROM generate_series(1, $1) i
     JOIN (SELECT id, row_number() OVER (ORDER BY path) - 1 AS rn FROM org_unit) u
       ON u.rn = (i * 7919) % (SELECT count(*) FROM org_unit)`,
    [users],
  );
  // A random permutation of the users: supports take runs of it.
  await step(
    'user permutation',
    `CREATE TEMP TABLE bench_u ON COMMIT DROP AS
     SELECT (row_number() OVER (ORDER BY random()) - 1)::int AS n, id
     FROM app_user WHERE email LIKE '%@${BENCH_EMAIL_DOMAIN}'`,
  );
  await client.query('CREATE UNIQUE INDEX ON bench_u (n)');
  await client.query('ANALYZE bench_u');
  await step(
    'trajectories',
    `INSERT INTO trajectory (title, problem_statement, goals, owner_id, visibility, phase, created_at)
     SELECT 'Traject ' || t, 'Probleemstelling van traject ' || t || '.', 'Doelen van traject ' || t,
       u.id, CASE WHEN t % 10 = 5 THEN 'ORG_UNITS' ELSE 'ORGANISATION' END,
       (ARRAY['PREPARE','GENERATE','GENERATE','SELECT','TEST','IMPLEMENT_AND_EVALUATE'])[1 + t % 6],
       now() - interval '400 days' + t * interval '1 minute'
     FROM generate_series(1, $1) t JOIN bench_u u ON u.n = (t * 37) % $2`,
    [trajectories, users],
  );
  await step(
    'trajectory numbering',
    `CREATE TEMP TABLE bench_t ON COMMIT DROP AS
     SELECT (row_number() OVER (ORDER BY created_at, id) - 1)::int AS n, id, owner_id, visibility
     FROM trajectory`,
  );
  await step(
    'trajectory org units',
    `INSERT INTO trajectory_org_unit (trajectory_id, org_unit_id)
     SELECT t.id, u.id FROM bench_t t
     JOIN (SELECT id, row_number() OVER (ORDER BY path) - 1 AS rn FROM org_unit WHERE depth <= 1) u
       ON u.rn = t.n % (SELECT count(*) FROM org_unit WHERE depth <= 1)
     WHERE t.visibility = 'ORG_UNITS'`,
  );
  await step(
    'trajectory team',
    `INSERT INTO trajectory_member (trajectory_id, user_id, role)
     SELECT t.id, t.owner_id, 'OWNER' FROM bench_t t
     UNION ALL
     SELECT t.id, u.id, (ARRAY['PROJECT_LEAD','TEAM_MEMBER','JURY_MEMBER','JURY_MEMBER'])[k]
     FROM bench_t t CROSS JOIN generate_series(1, 4) k
     JOIN bench_u u ON u.n = (t.n * 53 + k * 1009) % $1`,
    [users],
  );
  // Challenge 0 (trajectory 0, visible to the whole organisation, OPEN) is the big one.
  await step(
    'challenges',
    `INSERT INTO challenge (trajectory_id, phase, title, problem_statement, rules, state,
       opens_at, closes_at, created_by_id, created_at)
     SELECT t.id, 'GENERATE', 'Uitdaging ' || c || ': hoe werken we slimmer?',
       'Probleemstelling van uitdaging ' || c || '.', 'Wees respectvol.',
       CASE WHEN c = 0 OR c % 10 < 7 THEN 'OPEN' WHEN c % 10 < 9 THEN 'REVIEW' ELSE 'CLOSED' END,
       now() - interval '365 days' + c * interval '10 minutes', now() + interval '30 days',
       t.owner_id, now() - interval '365 days' + c * interval '10 minutes'
     FROM generate_series(0, $1 - 1) c JOIN bench_t t ON t.n = c % $2`,
    [challenges, trajectories],
  );
  await step(
    'challenge numbering',
    `CREATE TEMP TABLE bench_c ON COMMIT DROP AS
     SELECT (row_number() OVER (ORDER BY created_at, id) - 1)::int AS n, id, trajectory_id,
       phase, created_at
     FROM challenge`,
  );
  await client.query('CREATE UNIQUE INDEX ON bench_c (n)');
  await step(
    'challenge criteria',
    `INSERT INTO challenge_criterion (challenge_id, position, name_nl, name_en, weight)
     SELECT c.id, k.position, k.nl, k.en, 20 FROM bench_c c
     CROSS JOIN (SELECT * FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS x(nl, en, position)) k`,
    [CRITERIA.map((c) => c[0]), CRITERIA.map((c) => c[1])],
  );
  await step(
    'challenge audiences',
    `INSERT INTO challenge_org_unit (challenge_id, org_unit_id)
     SELECT c.id, u.id FROM bench_c c
     JOIN (SELECT id, row_number() OVER (ORDER BY path) - 1 AS rn FROM org_unit WHERE depth = 1) u
       ON u.rn = c.n % (SELECT count(*) FROM org_unit WHERE depth = 1)
     WHERE c.n > 0 AND c.n % 10 = 3`,
  );

  // The idea plan: challenge, author, state and how many supports/comments each idea gets
  // (Pareto-distributed, then scaled so the totals are exact).
  await step(
    'idea plan',
    `CREATE TEMP TABLE bench_p ON COMMIT DROP AS
     WITH base AS (
       SELECT n,
         CASE WHEN n < $2 THEN 0 ELSE 1 + ((n - $2) % ($3 - 1)) END AS ch,
         least(power(1 - random(), -1 / 1.5), 2000) AS ws,
         least(power(1 - random(), -1 / 1.3), 2000) AS wc,
         floor(random() * $4)::int AS author, random() AS r, random() AS age,
         floor(random() * $4)::int AS sstart, floor(random() * 2147483647)::int AS rk,
         floor(random() * 1000000)::int AS h
       FROM generate_series(0, $1 - 1) n
     ), cum AS (
       SELECT *,
         floor($5::numeric * sum(ws::numeric) OVER (ORDER BY n) / sum(ws::numeric) OVER ())::int AS cs,
         floor($6::numeric * sum(wc::numeric) OVER (ORDER BY n) / sum(wc::numeric) OVER ())::int AS cc
       FROM base
     )
     SELECT n, gen_random_uuid() AS id, ch, author, sstart, rk, h,
       n % 50 = 7 AS anonymous,
       CASE WHEN r < 0.01 THEN 'WITHDRAWN' ELSE 'ACTIVE' END AS status,
       r >= 0.01 AND r < 0.015 AS hidden,
       (cs - coalesce(lag(cs) OVER (ORDER BY n), 0))::int AS support_n,
       (cc - coalesce(lag(cc) OVER (ORDER BY n), 0))::int AS comment_n,
       age
     FROM cum`,
    [ideas, big, challenges, users, supports, comments],
  );
  await client.query('CREATE UNIQUE INDEX ON bench_p (n)');
  await client.query('ANALYZE bench_p');
  // Comments: 80% top level, the rest replies to a top-level comment of the same idea.
  await step(
    'comment plan',
    `CREATE TEMP TABLE bench_cm ON COMMIT DROP AS
     SELECT p.id AS input_id, k, gen_random_uuid() AS id,
       greatest(1, ceil(p.comment_n * 0.8))::int AS top,
       floor(random() * $1)::int AS author, random() AS r
     FROM bench_p p CROSS JOIN LATERAL generate_series(0, p.comment_n - 1) k`,
    [users],
  );
  await client.query('CREATE UNIQUE INDEX ON bench_cm (input_id, k)');
  await client.query('ANALYZE bench_cm');

  await step(
    'ideas (input rows, with counts and search vectors)',
    `INSERT INTO input (id, kind, trajectory_id, phase, container_id, title, body, search_vector,
       author_id, author_hash, status, hidden, hidden_reason, support_count, comment_count,
       follower_count, random_key, withdrawn_at, feedback_due_at, created_at, updated_at)
     SELECT x.id, 'idea', c.trajectory_id, c.phase, c.id, x.title, x.body,
       to_tsvector('dutch', x.title || ' ' || x.body),
       CASE WHEN x.anonymous THEN NULL ELSE u.id END,
       CASE WHEN x.anonymous THEN md5(x.id::text || 'a') || md5(x.id::text || 'b') END,
       x.status, x.hidden, CASE WHEN x.hidden THEN 'Hoort niet bij deze uitdaging' END,
       x.support_n, coalesce(cm.live, 0), coalesce(fl.n, 0), x.rk,
       CASE WHEN x.status = 'WITHDRAWN' THEN x.made_at + interval '1 day' END,
       x.made_at + interval '14 days', x.made_at, x.made_at
     FROM (
       SELECT p.*,
         ${pick('verb', 'p.h')} || ' ' || ${pick('object', 'p.h / 15')} || ' ' ||
           ${pick('context', 'p.h / 300')} AS title,
         'Nu kost ' || ${pick('object', 'p.h / 15')} || ' veel tijd omdat ' ||
           ${pick('reason', 'p.h / 7')} || '. Voorstel: ' || lower(${pick('verb', 'p.h')}) ||
           ' ' || ${pick('object', 'p.h / 15')} || ' ' || ${pick('context', 'p.h / 300')} ||
           '. Dat levert ' || ${pick('benefit', 'p.h / 11')} || ' op, en ' ||
           ${pick('benefit', 'p.h / 13')} || ' voor het team. Idee nummer ' || p.n || '.' AS body,
         -- The big challenge's ideas are from the last 60 days, the others from the last year,
         -- with microseconds like the application's now() (the NEWEST cursor keeps them).
         now() - (CASE WHEN p.ch = 0 THEN 60 ELSE 365 END) * p.age * interval '1 day' AS made_at
       FROM bench_p p
     ) x
     JOIN bench_c c ON c.n = x.ch
     JOIN bench_u u ON u.n = x.author
     LEFT JOIN (SELECT input_id, count(*) FILTER (WHERE r >= 0.01) AS live
                FROM bench_cm GROUP BY input_id) cm ON cm.input_id = x.id
     LEFT JOIN (SELECT p.id, count(*) AS n FROM bench_p p
                CROSS JOIN LATERAL generate_series(0, p.support_n - 1) k
                WHERE (p.h + k) % 10 = 0 GROUP BY p.id) fl ON fl.id = x.id`,
  );
  await step(
    'ideas (idea rows with tags)',
    `INSERT INTO idea (input_id, challenge_id, tags)
     SELECT p.id, c.id,
       ARRAY(SELECT DISTINCT ${arr('tag')}[1 + ((p.h / (k * 17)) % ${WORDS.tag.length})]
             FROM generate_series(1, p.h % 4) k)
     FROM bench_p p JOIN bench_c c ON c.n = p.ch`,
  );
  await step(
    'supports',
    `INSERT INTO input_support (input_id, user_id, created_at)
     SELECT p.id, u.id, i.created_at + (k % 240) * interval '1 hour'
     FROM bench_p p CROSS JOIN LATERAL generate_series(0, p.support_n - 1) k
     JOIN input i ON i.id = p.id
     JOIN bench_u u ON u.n = (p.sstart + k) % $1`,
    [users],
  );
  await step(
    'follows (every tenth supporter)',
    `INSERT INTO input_follow (input_id, user_id, created_at)
     SELECT p.id, u.id, now() FROM bench_p p
     CROSS JOIN LATERAL generate_series(0, p.support_n - 1) k
     JOIN bench_u u ON u.n = (p.sstart + k) % $1
     WHERE (p.h + k) % 10 = 0`,
    [users],
  );
  await step(
    'comments',
    `INSERT INTO input_comment (id, input_id, parent_id, body, author_id, author_hash,
       deleted_at, created_at, updated_at)
     SELECT m.id, m.input_id, par.id,
       CASE WHEN m.r < 0.01 THEN '' ELSE 'Goed punt: ' || ${pick('benefit', 'm.k')} ||
         ' is precies wat we nodig hebben. Reactie ' || m.k || '.' END,
       CASE WHEN m.r >= 0.01 AND m.r < 0.03 THEN NULL ELSE u.id END,
       CASE WHEN m.r >= 0.01 AND m.r < 0.03 THEN md5(m.id::text || 'a') || md5(m.id::text || 'b') END,
       CASE WHEN m.r < 0.01 THEN i.created_at + interval '3 days' END,
       i.created_at + (m.k + 1) * interval '5 minutes', i.created_at + (m.k + 1) * interval '5 minutes'
     FROM bench_cm m
     JOIN input i ON i.id = m.input_id
     JOIN bench_u u ON u.n = m.author
     LEFT JOIN bench_cm par ON m.k >= m.top AND par.input_id = m.input_id
       AND par.k = (m.k * 7919) % m.top`,
  );
  await client.query('COMMIT');
  if (replica) await client.query('SET session_replication_role = origin');

  for (const ix of indexes) await step(`index ${ix.name}`, ix.def);
  for (const t of [
    'org_unit',
    'app_user',
    'trajectory',
    'trajectory_member',
    'challenge',
    ...BULK_TABLES,
  ]) {
    await client.query(`ANALYZE ${t}`);
  }
  await verify(client, log);

  const bigChallengeId = (
    await client.query<{ id: string }>(
      `SELECT container_id AS id FROM input GROUP BY container_id ORDER BY count(*) DESC LIMIT 1`,
    )
  ).rows[0].id;
  const counts: Record<string, number> = {};
  for (const t of [
    'org_unit',
    'app_user',
    'trajectory',
    'challenge',
    'input',
    'input_support',
    'input_comment',
    'input_follow',
  ]) {
    counts[t] = Number(
      (await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${t}`)).rows[0].n,
    );
  }
  counts.anonymous_ideas = Number(
    (
      await client.query<{ n: string }>(
        'SELECT count(*) AS n FROM input WHERE author_hash IS NOT NULL',
      )
    ).rows[0].n,
  );
  counts.big_challenge_ideas = Number(
    (
      await client.query<{ n: string }>('SELECT count(*) AS n FROM input WHERE container_id = $1', [
        bigChallengeId,
      ])
    ).rows[0].n,
  );
  return { seconds: (Date.now() - started) / 1000, bigChallengeId, counts };
}

/**
 * The checks the per-row foreign keys would have made, and the counters against the rows:
 * every violation count must be 0.
 */
export async function verify(client: Client, log: (line: string) => void = () => undefined) {
  const checks: Record<string, string> = {
    'support count = rows': `SELECT count(*) FROM input i LEFT JOIN
      (SELECT input_id, count(*) AS n FROM input_support GROUP BY input_id) s ON s.input_id = i.id
      WHERE i.support_count <> coalesce(s.n, 0)`,
    'comment count = live comments': `SELECT count(*) FROM input i LEFT JOIN
      (SELECT input_id, count(*) AS n FROM input_comment WHERE deleted_at IS NULL
       GROUP BY input_id) s ON s.input_id = i.id
      WHERE i.comment_count <> coalesce(s.n, 0)`,
    'follower count = rows': `SELECT count(*) FROM input i LEFT JOIN
      (SELECT input_id, count(*) AS n FROM input_follow GROUP BY input_id) s ON s.input_id = i.id
      WHERE i.follower_count <> coalesce(s.n, 0)`,
    'anonymous ideas have no author id': `SELECT count(*) FROM input
      WHERE (author_hash IS NULL) = (author_id IS NULL)`,
    'search vectors filled': `SELECT count(*) FROM input WHERE search_vector IS NULL`,
    'idea rows': `SELECT count(*) FROM input i WHERE NOT EXISTS
      (SELECT 1 FROM idea d WHERE d.input_id = i.id AND d.challenge_id = i.container_id)`,
    'fk input.trajectory': `SELECT count(*) FROM input i WHERE NOT EXISTS
      (SELECT 1 FROM trajectory t WHERE t.id = i.trajectory_id)`,
    'fk input.author': `SELECT count(*) FROM input i WHERE i.author_id IS NOT NULL AND NOT EXISTS
      (SELECT 1 FROM app_user u WHERE u.id = i.author_id)`,
    'fk support': `SELECT count(*) FROM input_support s WHERE
      NOT EXISTS (SELECT 1 FROM input i WHERE i.id = s.input_id)
      OR NOT EXISTS (SELECT 1 FROM app_user u WHERE u.id = s.user_id)`,
    'fk follow': `SELECT count(*) FROM input_follow s WHERE
      NOT EXISTS (SELECT 1 FROM input i WHERE i.id = s.input_id)
      OR NOT EXISTS (SELECT 1 FROM app_user u WHERE u.id = s.user_id)`,
    'fk comment': `SELECT count(*) FROM input_comment c WHERE
      NOT EXISTS (SELECT 1 FROM input i WHERE i.id = c.input_id)
      OR (c.author_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.id = c.author_id))`,
    'replies one level deep, same idea': `SELECT count(*) FROM input_comment c
      JOIN input_comment p ON p.id = c.parent_id
      WHERE p.parent_id IS NOT NULL OR p.input_id <> c.input_id`,
    'fk challenge, idea': `SELECT count(*) FROM idea d WHERE NOT EXISTS
      (SELECT 1 FROM challenge c WHERE c.id = d.challenge_id)`,
    'fk user unit': `SELECT count(*) FROM app_user u WHERE u.primary_org_unit_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM org_unit o WHERE o.id = u.primary_org_unit_id)`,
  };
  const t = Date.now();
  const failed: string[] = [];
  for (const [name, sql] of Object.entries(checks)) {
    const n = Number((await client.query<{ count: string }>(sql)).rows[0].count);
    if (n !== 0) failed.push(`${name}: ${n}`);
  }
  log(
    `  verified (${Object.keys(checks).length} checks) in ${((Date.now() - t) / 1000).toFixed(1)} s`,
  );
  if (failed.length) throw new Error(`bench data inconsistent: ${failed.join('; ')}`);
}

/** Connects with the schema as search_path (`public` after it: pg_trgm lives there). */
export async function connect(url: string, schema?: string): Promise<Client> {
  const client = new Client({
    connectionString: url,
    ...(schema ? { options: `-c search_path=${schema},public` } : {}),
  });
  await client.connect();
  return client;
}

async function cli() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required (PostgreSQL only)');
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const scale = Number(arg('scale') ?? 1);
  let schema = process.env.DATABASE_SCHEMA;
  if (!schema) {
    // A fresh schema with the real migrations, kept for reuse (BENCH_SCHEMA=<name>).
    const db = await createTestDatabase({ entities: ENTITIES, migrations: MIGRATIONS });
    await db.dataSource.destroy();
    schema = db.schema!;
    if (arg('schema')) {
      const c = await connect(url);
      await c.query(`ALTER SCHEMA ${schema} RENAME TO ${arg('schema')}`);
      await c.end();
      schema = arg('schema')!;
    }
  }
  const client = await connect(url, schema);
  try {
    const r = await generateScale(client, {
      scale,
      log: (l) => process.stdout.write(`${l}\n`),
    });
    process.stdout.write(
      `${JSON.stringify({ schema, scale, seconds: r.seconds, bigChallengeId: r.bigChallengeId, counts: r.counts }, null, 2)}\n`,
    );
  } finally {
    await client.end();
  }
}

if (require.main === module) {
  cli().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  });
}
