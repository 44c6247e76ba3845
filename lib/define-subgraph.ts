// Builds a subgraph module from its SDL, resolvers and context factory.
import { defaultFieldResolver, isObjectType, Kind, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import type { SubgraphDeps, SubgraphModule } from './subgraph.js';
import { badRequest } from './errors.js';
import { nulAt, nulMessage } from './text.js';
import { sharedScalars } from './scalars.js';
import { internalEnumValues } from './enum-values.js';

/** Resolvers for what the SDL declares and the subgraph need not write: the shared scalars and enum values. */
function declaredResolvers(doc: DocumentNode): Record<string, unknown> {
  const out: Record<string, unknown> = { ...internalEnumValues(doc) };
  for (const def of doc.definitions)
    if (def.kind === Kind.SCALAR_TYPE_DEFINITION && sharedScalars[def.name.value])
      out[def.name.value] = sharedScalars[def.name.value];
  return out;
}

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
  const doc = parse(typeDefs);
  const all = { ...declaredResolvers(doc), ...resolvers } as GraphQLResolverMap<unknown>;
  const schema = buildSubgraphSchema([{ typeDefs: doc, resolvers: all }]);
  rejectNulArguments(schema);
  return { name, typeDefs, schema, createContext };
}
