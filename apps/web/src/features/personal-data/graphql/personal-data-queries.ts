import { graphql } from '../../../gql';

// Both are audited on the server and never cached here: every download is a fresh request.

export const MyPersonalDataQuery = graphql(`
  query MyPersonalData {
    myPersonalData {
      fileName
      json
      generatedAt
    }
  }
`);

export const PersonalDataQuery = graphql(`
  query PersonalData($id: ID!) {
    personalData(id: $id) {
      fileName
      json
      generatedAt
    }
  }
`);
