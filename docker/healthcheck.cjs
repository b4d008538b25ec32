// Container health check without curl: `node docker/healthcheck.cjs PORT` (API) or
// `node docker/healthcheck.cjs WORKER_PORT` (worker). Exits 0 when /health/ready answers 200;
// 503 (a dependency down, or shutting down), timeouts and connection errors exit 1.
const http = require('node:http');

const variable = process.argv[2] || 'PORT';
const port = Number(process.env[variable] || (variable === 'WORKER_PORT' ? 3001 : 3000));
const path = process.argv[3] || '/health/ready';

const req = http.get({ host: '127.0.0.1', port, path, timeout: 4000 }, (res) => {
  res.resume();
  process.exit(res.statusCode === 200 ? 0 : 1);
});
req.on('timeout', () => req.destroy(new Error('timeout')));
req.on('error', () => process.exit(1));
