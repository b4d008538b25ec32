import type { ApolloCache, Reference } from '@apollo/client';
import { TrajectorySimHealthQuery } from '../graphql/trajectory-queries';

type ListField =
  'decisionRules' | 'decisions' | 'stakeholders' | 'successCriteria' | 'solutionOptions';

/**
 * Appends a newly created item (already written to the cache by the mutation answer) to a list
 * on its trajectory.
 */
export function appendToTrajectory(
  cache: ApolloCache,
  trajectoryId: string,
  field: ListField,
  item: { __typename?: string; id: string } | null | undefined,
) {
  if (!item?.__typename) return;
  const ref = cache.identify({ __typename: item.__typename, id: item.id });
  if (!ref) return;
  cache.modify({
    id: cache.identify({ __typename: 'Trajectory', id: trajectoryId }),
    fields: {
      [field](existing, { toReference }) {
        const list = Array.isArray(existing) ? (existing as readonly Reference[]) : [];
        if (list.some((entry) => entry.__ref === ref)) return list;
        const added = toReference(ref);
        return added ? [...list, added] : list;
      },
    },
  });
}

/** SIM health is computed from the whole trajectory: after a change, fetch it again. */
export function refreshSimHealth(trajectoryId: string) {
  return [{ query: TrajectorySimHealthQuery, variables: { id: trajectoryId } }];
}
