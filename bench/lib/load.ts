import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** Responses in the measured run. */
  total: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return (
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10
  );
}

export interface LoadOptions {
  url: string;
  body: string;
  connections: number;
  seconds: number;
  /** Called before every request (e.g. a cookie and body from a pool of sessions). */
  vary?: () => { headers?: Record<string, string>; body?: string };
  /** Called right before and after the measured run (not the warm-up). */
  around?: { start(): void; stop(): void };
}

function run(opts: LoadOptions, latencies?: number[]) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: opts.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: opts.body,
        connections: opts.connections,
        duration: opts.seconds,
        ...(opts.vary
          ? {
              requests: [
                {
                  setupRequest: (req: autocannon.Request) => {
                    const v = opts.vary!();
                    return {
                      ...req,
                      headers: { ...req.headers, ...v.headers },
                      body: v.body ?? req.body,
                    };
                  },
                },
              ],
            }
          : {}),
      },
      (err: unknown, result) =>
        err ? reject(err instanceof Error ? err : new Error('autocannon failed')) : resolve(result),
    );
    if (latencies)
      instance.on('response', (_client, _status, _bytes, ms: number) => latencies.push(ms));
  });
}

/** Fixed-duration load with N connections after a 2 s warm-up; exact latency percentiles in ms. */
export async function load(opts: LoadOptions): Promise<LoadResult> {
  await run({ ...opts, seconds: 2 });
  const latencies: number[] = [];
  opts.around?.start();
  const r = await run(opts, latencies);
  opts.around?.stop();
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: Math.round(r.requests.average),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    total: latencies.length,
  };
}
