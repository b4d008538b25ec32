import { graphql } from '../../../gql';

export const UserImportFields = graphql(`
  fragment UserImportFields on UserImport {
    id
    kind
    dryRun
    status
    processedRows
    totalRows
    createdAt
    finishedAt
    problems {
      line
      column
      code
      message
    }
    summary {
      created
      updated
      unchanged
    }
  }
`);

export const StartUserImportMutation = graphql(`
  mutation StartUserImport($input: StartUserImportInput!) {
    startUserImport(input: $input) {
      ...UserImportFields
    }
  }
`);

export const UserImportQuery = graphql(`
  query UserImport($id: ID!) {
    userImport(id: $id) {
      ...UserImportFields
    }
  }
`);
