import { graphql } from '../../../gql';

export const SimPhasesQuery = graphql(`
  query SimPhases {
    simPhases {
      phase
      number
      ...SimPhaseCard_phase
    }
  }
`);
