import { graphql } from '../../../gql';

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      ...UserRow
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      ...UserRow
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      id
      deactivatedAt
    }
  }
`);

export const InviteUserMutation = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
      ...UserRow
    }
  }
`);

export const ExportUsersCsvMutation = graphql(`
  mutation ExportUsersCsv {
    exportUsersCsv
  }
`);

export const EraseUserMutation = graphql(`
  mutation EraseUser($input: EraseUserInput!) {
    eraseUser(input: $input) {
      user {
        id
        ...UserRow
      }
      counts {
        section
        kind
        count
      }
    }
  }
`);
