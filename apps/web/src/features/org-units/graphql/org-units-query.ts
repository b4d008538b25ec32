import { graphql } from '../../../gql';

export const OrgUnitFieldsFragment = graphql(`
  fragment OrgUnitFields on OrgUnit {
    id
    name
    parentId
    archivedAt
  }
`);

// Active units only; used by the tree and by the org unit selects of the user form.
export const OrgUnitsQuery = graphql(`
  query OrgUnits {
    orgUnits {
      id
      ...OrgUnitFields
    }
  }
`);
