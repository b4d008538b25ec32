import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { JobQueue } from '@inspraak/server-queue';
import { createQueueHarness, QueueHarness, waitFor } from './queue-harness';

const root = resolve(__dirname, '../../..');
const bullmq = Boolean(process.env.REDIS_URL);

/**
 * Kills the process that consumes jobs (the worker with BullMQ; the single API process with the
 * in-process driver) with SIGKILL in the middle of a batch, starts a new one, and checks that
 * every job still ran: at-least-once, nothing lost.
 */
describe(`a consumer stopped mid-batch loses no job (${bullmq ? 'BullMQ worker' : 'in-process runner'})`, () => {
  let h: QueueHarness;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    h = await createQueueHarness({
      QUEUE_LOCK_DURATION_MS: '1500',
      QUEUE_STALLED_INTERVAL_MS: '500',
      QUEUE_CONCURRENCY: '5',
    });
  });
  // Each test starts with no consumer running.
  afterEach(async () => {
    await Promise.all(
      children
        .filter((c) => c.exitCode === null && c.signalCode === null)
        .map((c) => {
          const exited = new Promise((r) => c.once('exit', r));
          c.kill('SIGKILL');
          return exited;
        }),
    );
  });
  afterAll(() => h.close());

  function startConsumer(): ChildProcess {
    const entry = bullmq ? 'apps/worker/src/main.ts' : 'apps/api/src/main.ts';
    const child = spawn(
      process.execPath,
      ['-r', resolve(root, 'scripts/register.cjs'), resolve(root, entry)],
      {
        cwd: root,
        env: {
          ...process.env,
          ...h.env,
          PORT: '0',
          WORKER_PORT: '0',
          WEB_DIST_DIR: 'none',
          LOG_LEVEL: 'warn',
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    children.push(child);
    return child;
  }

  it('every job runs after the worker is killed and replaced', async () => {
    const producer = await h.start(false);
    const queue = producer.get(JobQueue);
    const runId = randomUUID();
    const total = 100;
    await queue.addBulk(
      Array.from({ length: total }, (_, seq) => ({
        name: 'system.selftest' as const,
        payload: { runId, seq, workMs: 100 },
      })),
    );

    const first = startConsumer();
    const before = await waitFor(
      () => h.receipts(runId),
      (r) => r.length >= 20,
      60000,
    );
    expect(before.length).toBeGreaterThanOrEqual(20);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const atKill = (await h.receipts(runId)).length;
    expect(atKill).toBeLessThan(total);

    startConsumer();
    const after = await waitFor(
      () => h.receipts(runId),
      (r) => r.length === total,
      90000,
    );
    expect(after.map((r) => r.seq)).toEqual(Array.from({ length: total }, (_, i) => i));
    // At-least-once: only jobs that were running at the kill (≤ concurrency) may have run twice.
    const repeated = after.filter((r) => r.executions > 1).length;
    expect(repeated).toBeLessThanOrEqual(5);
  }, 120000);

  it('SIGTERM lets running jobs finish: none lost, none run twice', async () => {
    const producer = await h.start(false);
    const queue = producer.get(JobQueue);
    const runId = randomUUID();
    const total = 40;
    await queue.addBulk(
      Array.from({ length: total }, (_, seq) => ({
        name: 'system.selftest' as const,
        payload: { runId, seq, workMs: 400 },
      })),
    );
    const first = startConsumer();
    await waitFor(
      () => h.receipts(runId),
      (r) => r.length >= 5,
      60000,
    );
    const exited = new Promise<number | null>((r) => first.once('exit', r));
    first.kill('SIGTERM');
    expect(await exited).toBe(0);
    const atStop = await h.receipts(runId);
    expect(atStop.length).toBeLessThan(total);

    startConsumer();
    const after = await waitFor(
      () => h.receipts(runId),
      (r) => r.length === total,
      90000,
    );
    expect(after).toHaveLength(total);
    expect(after.filter((r) => r.executions !== 1)).toEqual([]);
  }, 120000);
});
