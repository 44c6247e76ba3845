// Builds a subgraph module from its SDL, resolvers and context factory.
import { defaultFieldResolver, isObjectType, parse, type GraphQLSchema } from 'graphql';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import type { SubgraphDeps, SubgraphModule } from './subgraph.js';
import { badRequest } from './errors.js';
import { nulAt, nulMessage } from './text.js';

/**
 * Wraps every field that takes arguments (`_entities` included) so that an argument holding NUL — a string, an input
 * object's key or value, a representation — is a BAD_REQUEST before any resolver runs: PostgreSQL cannot store it.
 */
function rejectNulArguments(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args: Record<string, unknown>, ctx, info) => {
        for (const [name, value] of Object.entries(args)) {
          const at = nulAt(value, `argument ${name}`);
          if (at) throw badRequest(nulMessage(at));
        }
        return resolve(source, args, ctx, info);
      };
    }
  }
}

/** Builds the executable Federation 2 schema and bundles it with the context factory. */
export function defineSubgraph<C>(
  name: SubgraphModule['name'],
  typeDefs: string,
  resolvers: object,
  createContext: (deps: SubgraphDeps) => C,
): SubgraphModule<C> {
  const schema = buildSubgraphSchema([
    { typeDefs: parse(typeDefs), resolvers: resolvers as GraphQLResolverMap<unknown> },
  ]);
  rejectNulArguments(schema);
  return { name, typeDefs, schema, createContext };
}
