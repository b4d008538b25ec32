import Redis from 'ioredis';
import { DataSource } from 'typeorm';

/**
 * Everything the job queue holds, as text per place: the payloads of the database queue
 * (embedded) and every Redis key under the queue prefix (services), for anonymity checks.
 */
export async function queueContents(
  ds: DataSource,
  redisUrl: string | undefined,
  prefix: string,
): Promise<{ where: string; text: string }[]> {
  const out = (
    await ds.query<{ id: string; payload: string }[]>(
      'SELECT id, payload::text AS payload FROM queue_job',
    )
  ).map((j) => ({ where: `queue_job ${j.id}`, text: j.payload }));
  if (!redisUrl) return out;
  const redis = new Redis(redisUrl);
  try {
    for (const key of await redis.keys(`${prefix}*`)) {
      const type = await redis.type(key);
      const text =
        type === 'hash'
          ? JSON.stringify(await redis.hgetall(key))
          : type === 'list'
            ? JSON.stringify(await redis.lrange(key, 0, -1))
            : type === 'string'
              ? ((await redis.get(key)) ?? '')
              : type === 'zset'
                ? JSON.stringify(await redis.zrange(key, 0, -1))
                : type === 'set'
                  ? JSON.stringify(await redis.smembers(key))
                  : type === 'stream'
                    ? JSON.stringify(await redis.xrange(key, '-', '+'))
                    : '';
      out.push({ where: key, text });
    }
  } finally {
    redis.disconnect();
  }
  return out;
}
