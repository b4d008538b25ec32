import { useQuery } from '@apollo/client/react';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { Permission } from '../../auth/permissions';
import { PulseTrajectoriesQuery } from '../graphql/pulse';

/**
 * Trajectories the caller sees, and where they may create a survey: moderators and admins
 * everywhere (organisation-wide too), trajectory editors in their own trajectories.
 */
export function usePulseTrajectories() {
  const { canAny } = useCurrentUser();
  const moderator = canAny([Permission.CONTENT_MODERATE]);
  const { data, loading, error, refetch } = useQuery(PulseTrajectoriesQuery);
  const trajectories = data?.trajectories.edges.map((edge) => edge.node) ?? [];
  const creatable = trajectories.filter((trajectory) => moderator || trajectory.viewer.canEdit);
  return {
    trajectories,
    /** Trajectories a survey may be created for. */
    creatable,
    /** Organisation-wide surveys: moderators and admins. */
    canCreateOrganisationWide: moderator,
    canCreate: moderator || creatable.length > 0,
    loading: loading && !data,
    error: data ? undefined : error,
    refetch,
  };
}
