import { graphql } from '../../../gql';

export const PlatformStatusQuery = graphql(`
  query PlatformStatus {
    platformStatus {
      version
      runtimeMode
      databaseDriver
      jobDriver
      workerLastSeenAt
    }
  }
`);
