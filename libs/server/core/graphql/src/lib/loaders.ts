import DataLoader from 'dataloader';

/**
 * One set of DataLoaders per request: resolvers ask for a loader by key and get the same batching
 * instance for the whole request, so N fields resolving related rows cost one query.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(key: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    let loader = this.loaders.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 500 });
      this.loaders.set(key, loader);
    }
    return loader;
  }
}

export interface GraphqlContext {
  req: import('express').Request;
  res: import('express').Response;
  loaders: RequestLoaders;
}
