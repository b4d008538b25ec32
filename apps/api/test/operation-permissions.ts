import { INestApplication } from '@nestjs/common';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { AUTH_METADATA, AuthRequirement, describeRequirement } from '@inspraak/server-auth';

/**
 * Every Query and Mutation field of the served schema with what it requires, read from the
 * decorators of the resolver methods: `PUBLIC`, a permission, or `NONE` (unmarked).
 */
export function operationPermissions(app: INestApplication): Record<string, string> {
  const reflector = new Reflector();
  const declared = new Map<string, string>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object') continue;
      const proto = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const key of Object.getOwnPropertyNames(proto)) {
        // Descriptors, not property reads: some providers have getters with side effects.
        const fn: unknown = Object.getOwnPropertyDescriptor(proto, key)?.value;
        if (key === 'constructor' || typeof fn !== 'function') continue;
        const type = Reflect.getMetadata('graphql:resolver_type', fn) as string | undefined;
        if (type !== 'Query' && type !== 'Mutation') continue;
        const name =
          (Reflect.getMetadata('graphql:resolver_name', fn) as string | undefined) ?? key;
        const requirement = reflector.getAllAndOverride<AuthRequirement | undefined>(
          AUTH_METADATA,
          [fn, proto.constructor as () => void],
        );
        declared.set(`${type}.${name}`, describeRequirement(requirement));
      }
    }
  }
  const { schema } = app.get(GraphQLSchemaHost);
  const result: Record<string, string> = {};
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    if (!type) continue;
    for (const field of Object.keys(type.getFields()).sort()) {
      const key = `${type.name}.${field}`;
      result[key] = declared.get(key) ?? 'NONE';
    }
  }
  return result;
}
