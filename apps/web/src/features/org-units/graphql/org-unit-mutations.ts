import { graphql } from '../../../gql';

export const CreateOrgUnitMutation = graphql(`
  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) {
      id
      ...OrgUnitFields
    }
  }
`);

export const RenameOrgUnitMutation = graphql(`
  mutation RenameOrgUnit($input: RenameOrgUnitInput!) {
    renameOrgUnit(input: $input) {
      id
      name
    }
  }
`);

export const MoveOrgUnitMutation = graphql(`
  mutation MoveOrgUnit($input: MoveOrgUnitInput!) {
    moveOrgUnit(input: $input) {
      id
      parentId
    }
  }
`);

export const ArchiveOrgUnitMutation = graphql(`
  mutation ArchiveOrgUnit($id: ID!) {
    archiveOrgUnit(id: $id) {
      id
      archivedAt
    }
  }
`);
