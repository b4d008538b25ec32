import { useMutation } from '@apollo/client/react';
import type { AddBusinessCaseItemInput } from '../../../gql/graphql';
import { AddBusinessCaseItemMutation } from '../graphql/trajectory-mutations';

/** Appends the item to its option's business case in the cache. */
export function useAddBusinessCaseItem() {
  const [mutate, { loading }] = useMutation(AddBusinessCaseItemMutation);
  return {
    run: (input: AddBusinessCaseItemInput) =>
      mutate({
        variables: { input },
        update(cache, { data }) {
          const item = data?.addBusinessCaseItem;
          if (!item) return;
          cache.modify({
            id: cache.identify({ __typename: 'SolutionOption', id: input.optionId }),
            fields: {
              businessCase: (existing: readonly { __ref: string }[] = [], { toReference }) => {
                const ref = toReference({ __typename: 'BusinessCaseItem', id: item.id });
                return ref ? [...existing, ref] : existing;
              },
            },
          });
        },
      }),
    loading,
  };
}
