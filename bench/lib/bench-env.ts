import { cpus, totalmem } from 'node:os';
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '../..');

export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
}

export async function freePort(): Promise<number> {
  return new Promise((done) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => done(port));
    });
  });
}

/** Starts a Node process and waits until `url` answers 200. */
export async function startProcess(
  args: string[],
  env: Record<string, string>,
  /** A health URL that answers 200 when ready, or a check of its own. */
  ready: string | (() => Promise<boolean>),
): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 200; i++) {
    try {
      if (typeof ready === 'string' ? (await fetch(ready)).ok : await ready()) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`${args.join(' ')} did not become ready`);
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/** Samples a process's resident memory until stopped; returns the peak in MB. */
export function sampleRss(pid: number): { stop(): number } {
  let peak = 0;
  const timer = setInterval(() => {
    try {
      const kb = Number(
        /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0,
      );
      peak = Math.max(peak, kb / 1024);
    } catch {
      // process gone
    }
  }, 200);
  return {
    stop() {
      clearInterval(timer);
      return Math.round(peak);
    },
  };
}

export interface BenchResult {
  name: string;
  target?: string;
  figures: Record<string, string | number>;
  pass?: boolean;
}

export function report(result: BenchResult): void {
  process.stdout.write(`\n${JSON.stringify({ bench: result })}\n`);
}

/** CPU time (user + system) a process used while measuring, in ms (from /proc, 10 ms ticks). */
export function cpuMeter(pid: number): { start(): void; stop(): void; ms(): number } {
  const read = () => {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  };
  let from = 0;
  let used = 0;
  return {
    start() {
      from = read();
    },
    stop() {
      used = read() - from;
    },
    ms: () => used,
  };
}

/** Whether something accepts TCP connections on the local port. */
export function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
