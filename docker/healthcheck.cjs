// Container health check without curl: `node docker/healthcheck.cjs PORT` (API) or
// `node docker/healthcheck.cjs WORKER_PORT` (worker): exits 0 when /health/ready answers 200;
// 503 (a dependency down, or shutting down), timeouts and connection errors exit 1.
// `node docker/healthcheck.cjs MAIL_SENDER_PORT` (mail sender): its own protocol — hello with
// the token derived from APP_SECRET, then a ping that must answer ready (database reachable).
const http = require('node:http');
const net = require('node:net');
const { createHmac } = require('node:crypto');

const variable = process.argv[2] || 'PORT';
const defaults = { PORT: 3000, WORKER_PORT: 3001, MAIL_SENDER_PORT: 3002 };
const port = Number(process.env[variable] || defaults[variable] || 3000);
const path = process.argv[3] || '/health/ready';
setTimeout(() => process.exit(1), 4500).unref();

if (variable === 'MAIL_SENDER_PORT') {
  // The same derivation as mailSenderToken in libs/server/core/mail/src/lib/mail-sender.ts.
  const token = createHmac('sha256', process.env.APP_SECRET || '')
    .update('inspraak mail sender')
    .digest('base64url');
  const socket = net.connect({ host: '127.0.0.1', port });
  let buffer = '';
  socket.on('connect', () => {
    socket.write(`${JSON.stringify({ t: 'hello', v: 1, token })}\n`);
    socket.write(`${JSON.stringify({ t: 'ping', id: 1 })}\n`);
  });
  socket.on('data', (chunk) => {
    buffer += chunk.toString('utf8');
    for (const line of buffer.split('\n').slice(0, -1)) {
      const frame = JSON.parse(line);
      if (frame.t === 'pong') process.exit(frame.ready ? 0 : 1);
      if (frame.t === 'error') process.exit(1);
    }
  });
  socket.on('error', () => process.exit(1));
  socket.on('close', () => process.exit(1));
} else {
  const req = http.get({ host: '127.0.0.1', port, path, timeout: 4000 }, (res) => {
    res.resume();
    process.exit(res.statusCode === 200 ? 0 : 1);
  });
  req.on('timeout', () => req.destroy(new Error('timeout')));
  req.on('error', () => process.exit(1));
}
