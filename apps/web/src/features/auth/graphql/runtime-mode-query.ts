import { graphql } from '../../../gql';

// The sign-in page shows the demo accounts only in embedded mode, and the single sign-on
// button only when the API has it configured.
export const RuntimeModeQuery = graphql(`
  query RuntimeMode {
    platformStatus {
      runtimeMode
    }
    signInOptions {
      singleSignOn {
        displayName
        startUrl
      }
    }
  }
`);
