import { Principal } from '@inspraak/server-auth';
import { GraphqlContext } from '@inspraak/server-graphql';
import { Viewer } from '@inspraak/server-trajectories';

export const viewerOf = (principal: Principal, ctx: GraphqlContext): Viewer => ({
  principal,
  loaders: ctx.loaders,
});

/** Loads `id` through the request's DataLoader `key`: one batch query for all ids asked. */
export function batched<V>(
  ctx: GraphqlContext,
  key: string,
  id: string,
  load: (ids: readonly string[]) => Promise<Map<string, V>>,
  fallback: V,
): Promise<V> {
  return ctx.loaders
    .get<string, V>(`challenges.${key}`, async (ids) => {
      const map = await load(ids);
      return ids.map((i) => map.get(i) ?? fallback);
    })
    .load(id);
}
