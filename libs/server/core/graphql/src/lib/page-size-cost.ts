import {
  type ArgumentNode,
  type DocumentNode,
  type GraphQLSchema,
  Kind,
  TypeInfo,
  type ValueNode,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination';

const PAGE_ARGUMENTS = new Set(['first', 'last']);

const intValue = (n: number): ValueNode => ({ kind: Kind.INT, value: String(n) });

function pageSize(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value > 0
    ? Math.min(value, MAX_PAGE_SIZE)
    : null;
}

/**
 * The cost rule (graphql-armor) multiplies a list's cost by its `first`/`last` argument only
 * when the argument is a literal number. A client passing `first: $n` (or leaving it out and
 * getting the field's default page) would otherwise be charged for one row. This returns a
 * copy of the document in which every page-size argument is the number the request will
 * really use — the variable's value, else the variable's declared default, else the field's
 * default (DEFAULT_PAGE_SIZE when the schema gives none) — so the rule charges the real cost.
 */
export function bindPageSizes(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> | undefined,
): DocumentNode {
  const declaredDefaults = new Map<string, ValueNode>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const v of definition.variableDefinitions ?? []) {
      if (v.defaultValue) declaredDefaults.set(v.variable.name.value, v.defaultValue);
    }
  }
  const typeInfo = new TypeInfo(schema);
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter(node) {
          const field = typeInfo.getFieldDef();
          if (!field) return undefined;
          const pageArgument = field.args.find((a) => PAGE_ARGUMENTS.has(a.name));
          if (!pageArgument) return undefined;
          const given = node.arguments?.find((a) => PAGE_ARGUMENTS.has(a.name.value));
          if (given) return undefined; // Bound in Argument below when it is a variable.
          const fieldDefault = pageSize(pageArgument.defaultValue) ?? DEFAULT_PAGE_SIZE;
          const added: ArgumentNode = {
            kind: Kind.ARGUMENT,
            name: { kind: Kind.NAME, value: pageArgument.name },
            value: intValue(fieldDefault),
          };
          return { ...node, arguments: [...(node.arguments ?? []), added] };
        },
      },
      Argument(node) {
        if (!PAGE_ARGUMENTS.has(node.name.value) || node.value.kind !== Kind.VARIABLE)
          return undefined;
        const name = node.value.name.value;
        const runtime = pageSize(variables?.[name]);
        if (runtime !== null) return { ...node, value: intValue(runtime) };
        const declared = declaredDefaults.get(name);
        if (declared?.kind === Kind.INT) return { ...node, value: declared };
        const fieldDefault = pageSize(typeInfo.getArgument()?.defaultValue) ?? DEFAULT_PAGE_SIZE;
        return { ...node, value: intValue(fieldDefault) };
      },
    }),
  );
}

/** The variables that `document` passes as page sizes (`first: $n`, `last: $n`), sorted. */
export function pageSizeVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (PAGE_ARGUMENTS.has(node.name.value) && node.value.kind === Kind.VARIABLE) {
        names.add(node.value.name.value);
      }
    },
  });
  return [...names].sort();
}

/**
 * What the cost of a document depends on beyond the document: the page sizes its variables
 * give (as bindPageSizes reads them; anything else falls back to a default fixed by the document).
 */
export function pageSizeKey(
  names: readonly string[],
  variables: Readonly<Record<string, unknown>> | undefined,
): string {
  let key = '';
  for (const name of names) key += `${pageSize(variables?.[name]) ?? '-'},`;
  return key;
}
