/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** EMBEDDED: PGlite and in-process jobs. SERVICES: PostgreSQL and BullMQ on Redis. */
export type RuntimeMode =
  | 'EMBEDDED'
  | 'SERVICES';

/** The five phases of the SIM model. */
export type SimPhase =
  | 'GENERATE'
  | 'IMPLEMENT_AND_EVALUATE'
  | 'PREPARE'
  | 'SELECT'
  | 'TEST';

export type OrganisationQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationQuery = { organisation: { id: string, name: string, logoUrl: string | null } };

export type PlatformStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformStatusQuery = { platformStatus: { version: string, runtimeMode: RuntimeMode, databaseDriver: string, jobDriver: string, workerLastSeenAt: string | null } };

export type SimPhaseCard_PhaseFragment = { phase: SimPhase, number: number, name: { nl: string, en: string }, summary: { nl: string, en: string } } & { ' $fragmentName'?: 'SimPhaseCard_PhaseFragment' };

export type SimPhasesQueryVariables = Exact<{ [key: string]: never; }>;


export type SimPhasesQuery = { simPhases: Array<(
    { phase: SimPhase, number: number }
    & { ' $fragmentRefs'?: { 'SimPhaseCard_PhaseFragment': SimPhaseCard_PhaseFragment } }
  )> };

export const SimPhaseCard_PhaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SimPhaseCard_phase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SimPhaseInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]} as unknown as DocumentNode<SimPhaseCard_PhaseFragment, unknown>;
export const OrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}}]}}]}}]} as unknown as DocumentNode<OrganisationQuery, OrganisationQueryVariables>;
export const PlatformStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"runtimeMode"}},{"kind":"Field","name":{"kind":"Name","value":"databaseDriver"}},{"kind":"Field","name":{"kind":"Name","value":"jobDriver"}},{"kind":"Field","name":{"kind":"Name","value":"workerLastSeenAt"}}]}}]}}]} as unknown as DocumentNode<PlatformStatusQuery, PlatformStatusQueryVariables>;
export const SimPhasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimPhases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simPhases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SimPhaseCard_phase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SimPhaseCard_phase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SimPhaseInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]} as unknown as DocumentNode<SimPhasesQuery, SimPhasesQueryVariables>;