import type { TrajectoryQuery } from '../../../gql/graphql';

export type TrajectoryDetail = TrajectoryQuery['trajectory'];

export interface SectionProps {
  trajectory: TrajectoryDetail;
  canEdit: boolean;
}
