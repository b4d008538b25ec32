/**
 * Writes the GraphQL schema (SDL) from the resolvers, without a database or a running server:
 * `npm run schema:generate`. With `--check` it fails when the committed file differs (CI).
 */
import { Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
// @Resolver() marks its class as an entry provider.
import { ENTRY_PROVIDER_WATERMARK } from '@nestjs/common/constants';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_DOMAIN_MODULES } from '../apps/api/src/domain-modules';

export const SCHEMA_FILE = join(__dirname, '../libs/graphql-schema/schema.gql');
const HEADER = '# Generated from the resolvers by `npm run schema:generate`. Do not edit.\n\n';

function resolversOf(modules: Type[]): Type[] {
  const seen = new Set<Type>();
  const found: Type[] = [];
  const visit = (m: Type) => {
    if (seen.has(m)) return;
    seen.add(m);
    for (const p of (Reflect.getMetadata('providers', m) as unknown[] | undefined) ?? []) {
      if (typeof p === 'function' && Reflect.getMetadata(ENTRY_PROVIDER_WATERMARK, p) === true)
        found.push(p as Type);
    }
    for (const i of (Reflect.getMetadata('imports', m) as unknown[] | undefined) ?? []) {
      if (typeof i === 'function') visit(i as Type);
    }
  };
  modules.forEach(visit);
  return found;
}

@Module({ imports: [GraphQLSchemaBuilderModule] })
class SchemaBuilderHost {}

export async function buildSchemaSdl(): Promise<string> {
  const app = await NestFactory.createApplicationContext(SchemaBuilderHost, { logger: false });
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(resolversOf(API_DOMAIN_MODULES));
    return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
  } finally {
    await app.close();
  }
}

async function main() {
  const sdl = await buildSchemaSdl();
  if (process.argv.includes('--check')) {
    const committed = existsSync(SCHEMA_FILE) ? readFileSync(SCHEMA_FILE, 'utf8') : '';
    if (committed !== sdl) {
      process.stderr.write(
        'libs/graphql-schema/schema.gql is stale: run `npm run schema:generate` and commit it.\n',
      );
      process.exit(1);
    }
    process.stdout.write('GraphQL schema is up to date.\n');
    return;
  }
  writeFileSync(SCHEMA_FILE, sdl);
  process.stdout.write('Wrote libs/graphql-schema/schema.gql\n');
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  });
}
