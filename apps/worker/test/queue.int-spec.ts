import { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { JobQueue } from '@inspraak/server-queue';
import { createQueueHarness, QueueHarness, waitFor } from './queue-harness';

// Runs against the configured driver: BullMQ on the real Redis when REDIS_URL is set, otherwise
// the database-backed in-process queue. Both must behave the same.
describe(`job queue (${process.env.REDIS_URL ? 'BullMQ' : 'in-process'} driver)`, () => {
  let h: QueueHarness;
  let app: INestApplicationContext;
  let queue: JobQueue;

  beforeAll(async () => {
    h = await createQueueHarness();
    app = await h.start(true);
    queue = app.get(JobQueue);
  });
  afterAll(() => h.close());

  it('runs an enqueued job once', async () => {
    const runId = randomUUID();
    await queue.add('system.selftest', { runId, seq: 1, workMs: 0 });
    const r = await waitFor(
      () => h.receipts(runId),
      (x) => x.length === 1,
    );
    expect(r).toEqual([{ seq: 1, executions: 1 }]);
  });

  it('runs a bulk of jobs, each once', async () => {
    const runId = randomUUID();
    await queue.addBulk(
      Array.from({ length: 200 }, (_, i) => ({
        name: 'system.selftest' as const,
        payload: { runId, seq: i, workMs: 0 },
      })),
    );
    const r = await waitFor(
      () => h.receipts(runId),
      (x) => x.length === 200,
    );
    expect(r).toHaveLength(200);
    expect(r.every((x) => x.executions === 1)).toBe(true);
  });

  it('deduplicates by job id', async () => {
    const runId = randomUUID();
    for (let i = 0; i < 3; i++) {
      await queue.add(
        'system.selftest',
        { runId, seq: 7, workMs: 0 },
        { jobId: `dedupe-${runId}` },
      );
    }
    await waitFor(
      () => h.receipts(runId),
      (x) => x.length === 1,
    );
    // Give duplicates time to run if they had been accepted.
    await new Promise((r) => setTimeout(r, 500));
    expect(await h.receipts(runId)).toEqual([{ seq: 7, executions: 1 }]);
  });

  it('retries a failing job with backoff until it succeeds', async () => {
    const runId = randomUUID();
    const started = Date.now();
    await queue.add('system.selftest', { runId, seq: 1, workMs: 0, failUntilAttempt: 3 });
    const r = await waitFor(
      () => h.receipts(runId),
      (x) => x.length === 1,
    );
    expect(r).toEqual([{ seq: 1, executions: 1 }]);
    // Two failures with a 50 ms base delay: at least 50 + 100 ms of backoff.
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });

  it('gives up after the job definition’s attempts', async () => {
    const runId = randomUUID();
    // system.selftest allows 5 attempts; this one would need 6.
    await queue.add('system.selftest', { runId, seq: 1, workMs: 0, failUntilAttempt: 6 });
    await new Promise((r) => setTimeout(r, 50 * (1 + 2 + 4 + 8) + 1500));
    expect(await h.receipts(runId)).toEqual([]);
  });

  it('delays a job', async () => {
    const runId = randomUUID();
    await queue.add('system.selftest', { runId, seq: 1, workMs: 0 }, { delayMs: 700 });
    await new Promise((r) => setTimeout(r, 300));
    expect(await h.receipts(runId)).toEqual([]);
    expect(
      await waitFor(
        () => h.receipts(runId),
        (x) => x.length === 1,
      ),
    ).toHaveLength(1);
  });

  it('refuses a job id with characters the drivers cannot store', async () => {
    await expect(
      queue.add('system.selftest', { runId: 'x', seq: 1, workMs: 0 }, { jobId: 'a:b' }),
    ).rejects.toThrow(/Invalid job id/);
  });

  it('runs a schedule repeatedly', async () => {
    await queue.upsertSchedule('test-heartbeat', 300, 'system.heartbeat', {});
    const seen = async () =>
      h.db.dataSource.query<{ last_seen_at: Date }[]>(
        `SELECT last_seen_at FROM platform_instance WHERE role = 'worker'`,
      );
    const first = (await waitFor(seen, (x) => x.length > 0))[0].last_seen_at.getTime();
    const later = await waitFor(seen, (x) => x[0].last_seen_at.getTime() > first, 5000);
    expect(later[0].last_seen_at.getTime()).toBeGreaterThan(first);
    await queue.removeSchedule('test-heartbeat');
  });
});
