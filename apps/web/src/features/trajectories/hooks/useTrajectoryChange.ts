import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { TrajectoryQuery } from '../graphql/trajectory-queries';

/**
 * Runs a change to a trajectory and loads the whole trajectory again before it resolves: edits,
 * deletions and team changes touch several lists, the viewer's rights and the SIM health, and
 * the page shows them all updated as soon as the dialog closes.
 */
export function useTrajectoryChange<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  trajectoryId: string,
) {
  const [mutate, { loading }] = useMutation(document, {
    refetchQueries: [{ query: TrajectoryQuery, variables: { id: trajectoryId } }],
    awaitRefetchQueries: true,
  });
  return {
    run: (variables: TVariables) =>
      (mutate as (options: { variables: TVariables }) => Promise<unknown>)({ variables }),
    loading,
  };
}
