// The baseline of the API benchmarks: a bare Node `http` server with a `pg` pool that answers
// the same SQL with the same JSON as the API, with nothing else in between.
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  ...(process.env.DATABASE_SCHEMA
    ? { options: `-c search_path=${process.env.DATABASE_SCHEMA}` }
    : {}),
});

const QUERIES = {
  organisation: async () => {
    const { rows } = await pool.query(
      'SELECT name FROM organisation ORDER BY created_at ASC LIMIT 1',
    );
    return { data: { organisation: { name: rows[0].name } } };
  },
};

http
  .createServer((req, res) => {
    if (req.url === '/health/ready') return res.end('ok');
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', async () => {
      try {
        const out = await QUERIES[process.env.BARE_QUERY ?? 'organisation']();
        const json = JSON.stringify(out);
        res.writeHead(200, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(json),
        });
        res.end(json);
      } catch (e) {
        res.writeHead(500);
        res.end(String(e));
      }
    });
  })
  .listen(Number(process.env.PORT), '127.0.0.1');
