/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditEvents($first: Int!, $after: String, $action: String) {\n    auditEvents(first: $first, after: $after, action: $action) {\n      edges {\n        cursor\n        node {\n          id\n          action\n          result\n          actorId\n          objectType\n          objectId\n          originIp\n          details\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  fragment CurrentUser on User {\n    id\n    name\n    email\n    role\n    locale\n    primaryOrgUnitId\n  }\n": typeof types.CurrentUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  query RuntimeMode {\n    platformStatus {\n      runtimeMode\n    }\n    signInOptions {\n      singleSignOn {\n        displayName\n        startUrl\n      }\n    }\n  }\n": typeof types.RuntimeModeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUser\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...CurrentUser\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      ...OrgUnitFields\n    }\n  }\n": typeof types.CreateOrgUnitDocument,
    "\n  mutation RenameOrgUnit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.RenameOrgUnitDocument,
    "\n  mutation MoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      id\n      parentId\n    }\n  }\n": typeof types.MoveOrgUnitDocument,
    "\n  mutation ArchiveOrgUnit($id: ID!) {\n    archiveOrgUnit(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveOrgUnitDocument,
    "\n  fragment OrgUnitFields on OrgUnit {\n    id\n    name\n    parentId\n    archivedAt\n  }\n": typeof types.OrgUnitFieldsFragmentDoc,
    "\n  query OrgUnits {\n    orgUnits {\n      id\n      ...OrgUnitFields\n    }\n  }\n": typeof types.OrgUnitsDocument,
    "\n  query Organisation {\n    organisation {\n      id\n      name\n      logoUrl\n    }\n  }\n": typeof types.OrganisationDocument,
    "\n  query PlatformStatus {\n    platformStatus {\n      version\n      runtimeMode\n      databaseDriver\n      jobDriver\n      workerLastSeenAt\n    }\n  }\n": typeof types.PlatformStatusDocument,
    "\n  fragment SimPhaseCard_phase on SimPhaseInfo {\n    phase\n    number\n    name {\n      nl\n      en\n    }\n    summary {\n      nl\n      en\n    }\n  }\n": typeof types.SimPhaseCard_PhaseFragmentDoc,
    "\n  query SimPhases {\n    simPhases {\n      phase\n      number\n      ...SimPhaseCard_phase\n    }\n  }\n": typeof types.SimPhasesDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      ...UserRow\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      ...UserRow\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      deactivatedAt\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  fragment UserRow on User {\n    id\n    name\n    email\n    role\n    locale\n    primaryOrgUnitId\n    managedOrgUnitIds\n    deactivatedAt\n  }\n": typeof types.UserRowFragmentDoc,
    "\n  query Users($first: Int!, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          id\n          ...UserRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.UsersDocument,
};
const documents: Documents = {
    "\n  query AuditEvents($first: Int!, $after: String, $action: String) {\n    auditEvents(first: $first, after: $after, action: $action) {\n      edges {\n        cursor\n        node {\n          id\n          action\n          result\n          actorId\n          objectType\n          objectId\n          originIp\n          details\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  fragment CurrentUser on User {\n    id\n    name\n    email\n    role\n    locale\n    primaryOrgUnitId\n  }\n": types.CurrentUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n": types.MeDocument,
    "\n  query RuntimeMode {\n    platformStatus {\n      runtimeMode\n    }\n    signInOptions {\n      singleSignOn {\n        displayName\n        startUrl\n      }\n    }\n  }\n": types.RuntimeModeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUser\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...CurrentUser\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      ...OrgUnitFields\n    }\n  }\n": types.CreateOrgUnitDocument,
    "\n  mutation RenameOrgUnit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      id\n      name\n    }\n  }\n": types.RenameOrgUnitDocument,
    "\n  mutation MoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      id\n      parentId\n    }\n  }\n": types.MoveOrgUnitDocument,
    "\n  mutation ArchiveOrgUnit($id: ID!) {\n    archiveOrgUnit(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveOrgUnitDocument,
    "\n  fragment OrgUnitFields on OrgUnit {\n    id\n    name\n    parentId\n    archivedAt\n  }\n": types.OrgUnitFieldsFragmentDoc,
    "\n  query OrgUnits {\n    orgUnits {\n      id\n      ...OrgUnitFields\n    }\n  }\n": types.OrgUnitsDocument,
    "\n  query Organisation {\n    organisation {\n      id\n      name\n      logoUrl\n    }\n  }\n": types.OrganisationDocument,
    "\n  query PlatformStatus {\n    platformStatus {\n      version\n      runtimeMode\n      databaseDriver\n      jobDriver\n      workerLastSeenAt\n    }\n  }\n": types.PlatformStatusDocument,
    "\n  fragment SimPhaseCard_phase on SimPhaseInfo {\n    phase\n    number\n    name {\n      nl\n      en\n    }\n    summary {\n      nl\n      en\n    }\n  }\n": types.SimPhaseCard_PhaseFragmentDoc,
    "\n  query SimPhases {\n    simPhases {\n      phase\n      number\n      ...SimPhaseCard_phase\n    }\n  }\n": types.SimPhasesDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      ...UserRow\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      ...UserRow\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      deactivatedAt\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  fragment UserRow on User {\n    id\n    name\n    email\n    role\n    locale\n    primaryOrgUnitId\n    managedOrgUnitIds\n    deactivatedAt\n  }\n": types.UserRowFragmentDoc,
    "\n  query Users($first: Int!, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          id\n          ...UserRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.UsersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($first: Int!, $after: String, $action: String) {\n    auditEvents(first: $first, after: $after, action: $action) {\n      edges {\n        cursor\n        node {\n          id\n          action\n          result\n          actorId\n          objectType\n          objectId\n          originIp\n          details\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($first: Int!, $after: String, $action: String) {\n    auditEvents(first: $first, after: $after, action: $action) {\n      edges {\n        cursor\n        node {\n          id\n          action\n          result\n          actorId\n          objectType\n          objectId\n          originIp\n          details\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUser on User {\n    id\n    name\n    email\n    role\n    locale\n    primaryOrgUnitId\n  }\n"): (typeof documents)["\n  fragment CurrentUser on User {\n    id\n    name\n    email\n    role\n    locale\n    primaryOrgUnitId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuntimeMode {\n    platformStatus {\n      runtimeMode\n    }\n    signInOptions {\n      singleSignOn {\n        displayName\n        startUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query RuntimeMode {\n    platformStatus {\n      runtimeMode\n    }\n    signInOptions {\n      singleSignOn {\n        displayName\n        startUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUser\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...CurrentUser\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...CurrentUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      ...OrgUnitFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      ...OrgUnitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameOrgUnit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation RenameOrgUnit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      id\n      parentId\n    }\n  }\n"): (typeof documents)["\n  mutation MoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      id\n      parentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveOrgUnit($id: ID!) {\n    archiveOrgUnit(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveOrgUnit($id: ID!) {\n    archiveOrgUnit(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgUnitFields on OrgUnit {\n    id\n    name\n    parentId\n    archivedAt\n  }\n"): (typeof documents)["\n  fragment OrgUnitFields on OrgUnit {\n    id\n    name\n    parentId\n    archivedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnits {\n    orgUnits {\n      id\n      ...OrgUnitFields\n    }\n  }\n"): (typeof documents)["\n  query OrgUnits {\n    orgUnits {\n      id\n      ...OrgUnitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisation {\n    organisation {\n      id\n      name\n      logoUrl\n    }\n  }\n"): (typeof documents)["\n  query Organisation {\n    organisation {\n      id\n      name\n      logoUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformStatus {\n    platformStatus {\n      version\n      runtimeMode\n      databaseDriver\n      jobDriver\n      workerLastSeenAt\n    }\n  }\n"): (typeof documents)["\n  query PlatformStatus {\n    platformStatus {\n      version\n      runtimeMode\n      databaseDriver\n      jobDriver\n      workerLastSeenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SimPhaseCard_phase on SimPhaseInfo {\n    phase\n    number\n    name {\n      nl\n      en\n    }\n    summary {\n      nl\n      en\n    }\n  }\n"): (typeof documents)["\n  fragment SimPhaseCard_phase on SimPhaseInfo {\n    phase\n    number\n    name {\n      nl\n      en\n    }\n    summary {\n      nl\n      en\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimPhases {\n    simPhases {\n      phase\n      number\n      ...SimPhaseCard_phase\n    }\n  }\n"): (typeof documents)["\n  query SimPhases {\n    simPhases {\n      phase\n      number\n      ...SimPhaseCard_phase\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      deactivatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      deactivatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow on User {\n    id\n    name\n    email\n    role\n    locale\n    primaryOrgUnitId\n    managedOrgUnitIds\n    deactivatedAt\n  }\n"): (typeof documents)["\n  fragment UserRow on User {\n    id\n    name\n    email\n    role\n    locale\n    primaryOrgUnitId\n    managedOrgUnitIds\n    deactivatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int!, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          id\n          ...UserRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int!, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          id\n          ...UserRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;