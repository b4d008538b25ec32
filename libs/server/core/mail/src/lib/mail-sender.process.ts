import { parseConnectionUrl } from 'nodemailer/lib/shared';
import { Pool } from 'pg';
import { AppConfig, ConfigError } from '@inspraak/server-config';
import { MailSenderServer, mailSenderToken } from './mail-sender';
import { OutboxRecorder } from './outbox-recorder';
import { SmtpPool } from './smtp-pool';

/** SMTP connections of one mail sender (each sends one message at a time). */
const SMTP_CONNECTIONS = 4;

export interface RunningMailSender {
  port: number;
  /** Messages accepted by the SMTP server since the start. */
  sent(): number;
  /** Stops taking frames, finishes the sends handed over, closes SMTP and the database. */
  close(): Promise<void>;
}

/**
 * Starts the mail sender (MailSenderServer) with its own database pool and SMTP connections,
 * listening on HOST:MAIL_SENDER_PORT. Needs DATABASE_URL; without SMTP_URL it only idles.
 */
export async function startMailSender(
  config: AppConfig,
  log: (level: 'info' | 'warn' | 'error', message: string) => void,
): Promise<RunningMailSender> {
  if (!config.databaseUrl) {
    throw new ConfigError(['DATABASE_URL is not set: the mail sender records mail there']);
  }
  if (!config.smtpUrl) {
    // The workers use the dev mailbox then (createMailer); stay up, idle, for the health check.
    log('warn', 'SMTP_URL is not set: nothing to send, the workers use the dev mailbox');
  }
  const pool = new Pool({
    connectionString: config.databaseUrl,
    max: SMTP_CONNECTIONS * 2 + 2,
    application_name: 'inspraak-mail-sender',
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30000,
    ...(config.databaseSchema ? { options: `-c search_path=${config.databaseSchema},public` } : {}),
  });
  // An idle client's error (the database restarted) must not end the process.
  pool.on('error', (e) => log('warn', `idle database connection failed: ${e.message}`));
  const hostname = new URL(config.publicUrl).hostname || 'inspraak.local';
  const smtp = config.smtpUrl
    ? new SmtpPool({ ...parseConnectionUrl(config.smtpUrl), name: hostname }, SMTP_CONNECTIONS)
    : null;
  const server = new MailSenderServer({
    smtp,
    recorder: new OutboxRecorder(pool),
    token: mailSenderToken(config.appSecret),
    ready: () =>
      pool.query('SELECT 1').then(
        () => true,
        () => false,
      ),
    log,
  });
  const port = await server.listen(config.mailSenderPort, config.host);
  return {
    port,
    sent: () => server.sent,
    close: async () => {
      await server.close();
      await pool.end();
    },
  };
}
