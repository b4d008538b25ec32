import { AddressInfo, createServer, Server, Socket } from 'node:net';
import {
  MailNotAcceptedError,
  MailOutcomeUnknownError,
  MailSenderClient,
  mailSenderToken,
} from './mail-sender';

type Frame = Record<string, unknown>;

/** A scripted sender on a real socket: `onFrame` decides what each received frame gets. */
async function fakeSender(onFrame: (frame: Frame, socket: Socket) => void): Promise<{
  url: string;
  connections: () => number;
  close(): Promise<void>;
}> {
  let connections = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    connections++;
    sockets.add(socket);
    let buffer = '';
    socket.on('data', (c: Buffer) => {
      buffer += c.toString();
      for (let i = buffer.indexOf('\n'); i >= 0; i = buffer.indexOf('\n')) {
        onFrame(JSON.parse(buffer.slice(0, i)) as Frame, socket);
        buffer = buffer.slice(i + 1);
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `tcp://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connections: () => connections,
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise((r) => server.close(() => r()));
    },
  };
}

const reply = (socket: Socket, frame: Frame) => socket.write(`${JSON.stringify(frame)}\n`);
const receipt = (n: number) => ({
  outboxId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  lease: 1,
  budgetMs: 15000,
  finalAttempt: false,
  storedBodies: false,
});
const envelope = { from: 'a@example.org', to: ['b@example.org'] };

describe('MailSenderClient (the worker side of the mail sender protocol)', () => {
  const token = mailSenderToken('s'.repeat(40));

  it('says hello with the token, sends the whole message and resolves on ok', async () => {
    const seen: Frame[] = [];
    const sender = await fakeSender((f, s) => {
      seen.push(f);
      if (f['t'] === 'hello') reply(s, { t: 'hello', ok: true });
      if (f['t'] === 'send') reply(s, { t: 'result', id: f['id'], ok: true });
    });
    const client = new MailSenderClient(sender.url, token);
    try {
      const raw = Buffer.from('Subject: x\r\n\r\n'.padEnd(200_000, 'y'));
      await client.send(receipt(1), envelope, raw);
      await client.send(receipt(2), envelope, raw);
      expect(seen[0]).toEqual({ t: 'hello', v: 1, token });
      expect(seen.filter((f) => f['t'] === 'send')).toHaveLength(2);
      expect(Buffer.from(seen[1]['raw'] as string, 'base64').equals(raw)).toBe(true);
      expect(sender.connections()).toBe(1);
    } finally {
      client.close();
      await sender.close();
    }
  });

  it('rejects as "outcome unknown" when the connection is lost, then reconnects', async () => {
    let sends = 0;
    const sender = await fakeSender((f, s) => {
      if (f['t'] !== 'send') return;
      // The first send's connection dies before an answer; later ones are answered.
      if (++sends === 1) s.destroy();
      else reply(s, { t: 'result', id: f['id'], ok: true });
    });
    const client = new MailSenderClient(sender.url, token);
    try {
      await expect(client.send(receipt(1), envelope, Buffer.from('x'))).rejects.toThrow(
        MailOutcomeUnknownError,
      );
      await expect(client.send(receipt(2), envelope, Buffer.from('x'))).resolves.toBeUndefined();
      expect(sender.connections()).toBe(2);
    } finally {
      client.close();
      await sender.close();
    }
  });

  it('tells "not accepted" (the row is back to pending) from "refused before it started"', async () => {
    const sender = await fakeSender((f, s) => {
      if (f['t'] !== 'send') return;
      const code = f['id'] === 1 ? 'NOT_ACCEPTED' : 'SHUTTING_DOWN';
      reply(s, { t: 'result', id: f['id'], ok: false, code, error: '451 try again' });
    });
    const client = new MailSenderClient(sender.url, token);
    try {
      await expect(client.send(receipt(1), envelope, Buffer.from('x'))).rejects.toThrow(
        MailNotAcceptedError,
      );
      await expect(client.send(receipt(2), envelope, Buffer.from('x'))).rejects.toThrow(
        MailOutcomeUnknownError,
      );
    } finally {
      client.close();
      await sender.close();
    }
  });

  it('gives up on a connection the sender refused (wrong token)', async () => {
    const sender = await fakeSender((f, s) => {
      if (f['t'] === 'hello') {
        reply(s, { t: 'error', code: 'UNAUTHORISED', error: 'wrong token' });
        s.end();
      }
    });
    const client = new MailSenderClient(sender.url, 'wrong');
    try {
      await expect(client.send(receipt(1), envelope, Buffer.from('x'))).rejects.toThrow(
        /mail sender refused: UNAUTHORISED/,
      );
    } finally {
      client.close();
      await sender.close();
    }
  });

  it('does not count an answer that never comes as delivered', async () => {
    const sender = await fakeSender(() => undefined);
    const client = new MailSenderClient(sender.url, token, 200);
    try {
      await expect(client.send(receipt(1), envelope, Buffer.from('x'))).rejects.toThrow(
        /no answer from the sender/,
      );
    } finally {
      client.close();
      await sender.close();
    }
  });
});
