import IORedis, { RedisOptions } from 'ioredis';

/** Producers fail fast while Redis is down (the API answers SERVICE_UNAVAILABLE). */
export function producerConnection(url: string): IORedis {
  return new IORedis(url, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    lazyConnect: false,
  });
}

/** Workers wait for Redis to come back (BullMQ requires maxRetriesPerRequest: null). */
export function workerConnectionOptions(): RedisOptions {
  return { maxRetriesPerRequest: null };
}
