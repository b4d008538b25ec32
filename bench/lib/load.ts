import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return (
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10
  );
}

function run(
  opts: { url: string; body: string; connections: number; seconds: number },
  latencies?: number[],
) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: opts.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: opts.body,
        connections: opts.connections,
        duration: opts.seconds,
      },
      (err: unknown, result) =>
        err ? reject(err instanceof Error ? err : new Error('autocannon failed')) : resolve(result),
    );
    if (latencies)
      instance.on('response', (_client, _status, _bytes, ms: number) => latencies.push(ms));
  });
}

/** Fixed-duration load with N connections after a 2 s warm-up; exact latency percentiles in ms. */
export async function load(opts: {
  url: string;
  body: string;
  connections: number;
  seconds: number;
}): Promise<LoadResult> {
  await run({ ...opts, seconds: 2 });
  const latencies: number[] = [];
  const r = await run(opts, latencies);
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: Math.round(r.requests.average),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}
